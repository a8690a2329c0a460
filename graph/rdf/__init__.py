"""RDF export of the graph: ontology, SHACL shapes, row-to-triple mapping and serialisation formats."""
