"""The craftgraph core: the schema model, the store protocol and the stores."""
