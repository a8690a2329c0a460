"""Coreference inside one document: deictic institutions (我校, 学校, 学院, 集团), declared short forms
(以下简称“X”), full/short names that differ by a national prefix (中华全国总工会 / 全国总工会), short forms
no text declares (中科院 / 中国科学院: the public alias table the resolver reads, graph/resolution/data),
and the sub-unit relation a name shows (南湖市总工会艺术团 → 南湖市总工会; 中科院东海分院 → 中国科学院).

Inside one section (article): generic and deictic references to the unit the section is about (厂党委书记X,
该厂厂长X, 工作室成员X, 劳模工作室带头人X, 联盟理事会理事长X) stand for that unit, and a pronoun opening a
sentence (他入选…, 2022年，她荣获…) for the person the section is about; so does the missing subject of a
sentence that goes on about the person of the sentence before (林某教授…。曾获得A、B等荣誉。)."""

import re
from functools import lru_cache
from typing import NamedTuple

from graph.model import EntityType, RelationType
from graph.resolution.data import default_vocabulary
from graph.resolution.orgs import OrgNames, expand_body_abbreviation
from loaders.extract.honours import qualified_only
from loaders.extract.lexicon import lengths_by_first
from loaders.extract.orgs import DEICTIC_BODIES, DEICTIC_ORGS, LEVELS, SUFFIX_WORDS, UNIVERSITY_DEICTICS
from loaders.extract.persons import Mention
from loaders.extract.registry import Draft, Registry, RelDraft
from loaders.extract.sentences import Sentence, SentenceIndex

#: Names of schools, the home school of a unit written after 学校/该校.
_SCHOOLS = ("大学", "学院", "学校")
_NATIONAL_PREFIXES = ("中华", "中国", "中共")
_SHORT_FORM = re.compile(r"([^，。；（(、]{2,40})[（(]以下简称“([^”]{1,12})”[)）]")


def _short_forms(text: str) -> list[re.Match[str]]:
    """What ``_SHORT_FORM.finditer(text)`` finds, each search started a little before the next 以下简称
    (a match starts at most 41 characters before it) instead of trying the 2-40 character name
    at every position of the text."""
    out = []
    pos = 0
    while (k := text.find("以下简称", pos)) >= 0:
        m = _SHORT_FORM.search(text, max(pos, k - 45))
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


class _Listed(NamedTuple):
    """The public alias table as the coreference rules read it."""

    canonical: dict[str, str]  # listed name -> canonical name
    prefixes: dict[str, str]  # short names that may open a sub-unit's name (全总文工团) -> canonical name
    #: the lengths of those short names by their first character, longest first (most names open with a
    #: character none of them has, and are passed at once)
    lengths: dict[str, tuple[int, ...]]
    names_of: dict[str, tuple[str, ...]]  # canonical name -> every listed name of the body


@lru_cache(maxsize=1)
def _listed() -> _Listed:
    table = default_vocabulary().org_aliases
    canonical = {name: entry.canonical for name, entry in table.items()}
    prefixes = {name: entry.canonical for name, entry in table.items() if entry.prefix}
    lengths = lengths_by_first(prefixes)
    names_of: dict[str, tuple[str, ...]] = {}
    for name, full in canonical.items():
        names_of[full] = (*names_of.get(full, ()), name)
    return _Listed(canonical, prefixes, lengths, names_of)


@lru_cache(maxsize=1)
def _org_names() -> OrgNames:
    return OrgNames(default_vocabulary())


def _orgs(reg: Registry) -> list[Draft]:
    out = []  # a loop, not a comprehension (3.11 builds a function for each)
    for e in reg.entities:
        if e.type is EntityType.ORGANIZATION:
            out.append(e)
    return out


def _count(text: str, d: Draft) -> int:
    return sum(text.count(s) for s in d.surfaces())


def _body_abbreviations(reg: Registry) -> None:
    """杭州市妇联 and 杭州市妇女联合会 in one document are one body (the resolver's rule body-abbreviation)."""
    vocabulary = default_vocabulary()
    by_name = {e.name: e for e in _orgs(reg)}
    if len(by_name) < 2:
        return
    for short in list(by_name.values()):
        full = by_name.get(expand_body_abbreviation(short.name, vocabulary))
        if full is not None and full is not short and short in reg.entities and full in reg.entities:
            reg.merge(full, short)


#: A university named once as the host or venue of an outside event (由南京大学承办, 在贵州大学举行):
#: another school than the reporting one (我校).
_HOSTING = re.compile(r"承办|举行|举办|召开|主办|协办")
#: A university named as a guest's, in the clause that brings the guest to the reporting school (东海大学
#: 林某教授应邀到访我校, X大学专家来校讲学): another school than the reporting one.
_VISITING = re.compile(r"[^，。；]{0,16}?(?:(?:到访|来访|莅临|访问|做客|来到)(?:我校|本校)|来校)")


def _hosts_only(text: str, university: Draft) -> bool:
    """Every mention of the university hosts an event (X承办, 在X举行), lists it among others or brings a
    guest (X教授应邀到访我校), and the text also says 我校: the university is not the reporting school."""
    if "我校" not in text and "本校" not in text:
        return False
    name = university.name
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[max(0, at - 1) : at]
        listed = before == "、" or text[end : end + 1] == "、"  # (one of the schools taking part)
        if not (_HOSTING.match(text, end) or before == "在" or listed or _VISITING.match(text, end)):
            return False
        at = text.find(name, end)
    return True


def _name_home(reg: Registry, deictic: Draft, name: str) -> None:
    """Give the home school's deictic the document's word for it, joining an entity already so named."""
    if deictic.name == name:
        return
    existing = reg.find(name, EntityType.ORGANIZATION)
    if existing is not None and existing is not deictic:
        reg.merge(existing, deictic)
    else:
        reg.rename(deictic, name)


#: A region's own bodies, written after the level alone (县委, 市政府, 区人大) once the region is named.
_LEVEL_BODIES = frozenset({"委", "政府", "人大", "政协", "纪委"})


def resolve_orgs(reg: Registry, text: str) -> None:
    resolve_references(reg, text)
    for m in _short_forms(text):
        full = next((e for e in _orgs(reg) if m.group(1).endswith(e.name)), None)
        if full is not None:
            short = reg.find(m.group(2), EntityType.ORGANIZATION)
            if short is not None:
                reg.merge(full, short)
            else:
                reg.alias(full, m.group(2))
    universities = sorted(((_count(text, e), e) for e in _orgs(reg) if e.name.endswith("大学")), key=lambda x: -x[0])
    home = None
    if len(universities) == 1 or (universities and universities[0][0] >= 2 and universities[0][0] > universities[1][0]):
        home = universities[0][1]
    if home is not None and _hosts_only(text, home):
        home = None  # 第五届X竞赛决赛在南京大学举行…我校Y学院: the host is another school than the reporter's
    for deictic in [e for e in _orgs(reg) if e.name in UNIVERSITY_DEICTICS]:
        if home is not None:
            reg.merge(home, deictic)
        elif deictic.name != "我校":
            existing = reg.find("我校", EntityType.ORGANIZATION)
            if existing is not None and existing is not deictic:
                reg.merge(existing, deictic)
            else:  # the text's own word for its school: 学校 where it never says 我校
                _name_home(reg, deictic, "学校" if "我校" not in text and "学校" in text else "我校")
    for word in ("学院", "集团", "公司"):
        generic = reg.find(word, EntityType.ORGANIZATION)
        if generic is None or generic.name != word:
            continue
        targets = [e for e in _orgs(reg) if e is not generic and word in e.name and not e.name.endswith("工会")]
        named = any(e.name.endswith(word) for e in targets)
        unit = max(targets, key=lambda e: _count(text, e)) if named else _unit_of_kind(reg, text, word, generic)
        if unit is not None:
            reg.merge(unit, generic)
    _listed_short_forms(reg)
    _body_abbreviations(reg)
    _levelled_in_chain(reg, text)
    by_name = {e.name: e for e in _orgs(reg)}
    for short in list(by_name.values()):
        if short.name[:1] in LEVELS and (len(short.name) >= 4 or short.name[1:] in _LEVEL_BODIES):
            # (县委 of 东湖县县委, 县政府 of 东湖县人民政府: the county's committee and government)
            ends = (short.name, short.name[0] + "人民政府") if short.name[1:] == "政府" else (short.name,)
            longer = [e for e in by_name.values() if e is not short and e.name.endswith(ends)]
            prefixes = {e.name[: -len(next(end for end in ends if e.name.endswith(end)))] for e in longer}
            if len(longer) == 1 and all(2 <= len(p) <= 4 for p in prefixes) and short in reg.entities:
                reg.merge(longer[0], short)
    for full in list(by_name.values()):
        for prefix in _NATIONAL_PREFIXES:
            short = by_name.get(full.name[len(prefix) :]) if full.name.startswith(prefix) else None
            if short is not None and short is not full and short in reg.entities:
                reg.merge(full, short)


def _unit_of_kind(reg: Registry, text: str, word: str, generic: Draft) -> Draft | None:
    """The unit a bare 公司 (学院, 集团) stands for where no name ends with the word: of the names holding it,
    the one written most often, cut after the word and its legal form (X公司团委, X公司工会 → X公司: the
    company, not its league or union committee; the cut name becomes an entity)."""
    best: tuple[int, str, Draft] | None = None
    for e in _orgs(reg):
        at = e.name.find(word, 2) if e is not generic else -1
        if at < 0 or not e.mentions:
            continue
        cut = at + len(word)
        rest = e.name[cut:]
        form = next((f for f in _LEGAL_FORMS_LONGEST if rest.startswith(f)), "")
        name = e.name[: cut + len(form)]
        count = text.count(name)
        if best is None or count > best[0]:
            best = (count, name, e)
    if best is None:
        return None
    _, name, holder = best
    if name == holder.name:
        return holder
    start, _end, article = holder.mentions[0]
    return reg.add(EntityType.ORGANIZATION, name, start, article)


#: The clause a post chain opens with a place of some level (南岭市人大常委会副主任、…).
_CHAIN_OPENS_WITH_PLACE = re.compile(r"(?:^|(?<=[，。；：\n]))([\u4e00-\u9fff]{2,6}?[省市区县])[^，。；：\n]*、$")
#: A post in a federation, right after its name (市总工会主席, 省妇联党组书记): the chain is one of posts.
_FEDERATION_POST = re.compile(r"(?:党组|常务)?副?(?:主席|书记|主任|秘书长)")


#: The federations a place has one of (its union, women's, science and literary federations); a sub-body of
#: its Party committee (市委组织部) is left as written.
_FEDERATIONS = ("总工会", "妇联", "科协", "文联", "工商联", "残联", "侨联")


def _levelled_in_chain(reg: Registry, text: str) -> None:
    """南岭市人大常委会副主任、市总工会主席林某: a body written by its level alone (市总工会), with a post
    in a chain of posts that opens with a place of that level, is that place's body (南岭市总工会), not
    another city's union the text names elsewhere. (A list of bodies keeps the names as written.)"""
    for short in [e for e in _orgs(reg) if e.name[:1] in LEVELS and e.name.endswith(_FEDERATIONS)]:
        for start, end, _article in short.mentions:
            if not _FEDERATION_POST.match(text, end):
                continue
            m = _CHAIN_OPENS_WITH_PLACE.search(text, max(0, start - 40), start)
            if m is None or not m.group(1).endswith(short.name[0]):
                continue
            full = m.group(1) + short.name[1:]
            existing = reg.find(full, EntityType.ORGANIZATION)
            if existing is not None and existing is not short:
                reg.merge(existing, short)
            else:
                reg.rename(short, full)
            break


#: A place named with its level, opening a body's name (东湖市…, 南岭区…, 岭东州…).
_LEVELLED_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:市|区|县|州|旗|盟)")
#: A place prefix as reports write it before a levelled place: a province, with or without its level,
#: then optionally a city (山东省南岭市, 北京市, 山东岭东).
_PLACE_CHAIN = re.compile(r"(?:省|市|自治区)?(?:[\u4e00-\u9fff]{2,3}市?)?")


def place_prefixed_names(reg: Registry, provinces: frozenset[str]) -> None:
    """One body or alliance written with and without the places it lies in (山东省南岭市X联盟 and
    南岭市X联盟, 北京市南岭区总工会 and 南岭区总工会): the longer keeps the shorter as another name, and an
    event named after the longer (山东省南岭市X联盟成立大会) is named after the shorter too."""
    shortened: list[tuple[str, str]] = []
    for etype in (EntityType.ORGANIZATION, EntityType.ALLIANCE):
        by_name = {e.name: e for e in reg.entities if e.type is etype}
        for full in list(by_name.values()):
            province = next((p for p in provinces if full.name.startswith(p)), None)
            if province is None or full not in reg.entities:
                continue
            for cut in range(len(province), min(len(full.name) - 4, len(province) + 6) + 1):
                short = by_name.get(full.name[cut:])
                if (
                    short is not None
                    and short in reg.entities
                    and _LEVELLED_PLACE.match(short.name)
                    and _PLACE_CHAIN.fullmatch(full.name, len(province), cut)
                ):
                    shortened.append((full.name, short.name))
                    reg.merge(full, short)
                    break
    for event in [e for e in reg.entities if e.type is EntityType.FORUM] if shortened else ():
        for long_name, short_name in shortened:
            if event.name.startswith(long_name):
                reg.alias(event, short_name + event.name[len(long_name) :])


#: A place's union written short (东湖工会) and its federation in full (东湖市总工会, 东湖县总工会).
_SHORT_UNION = re.compile(r"^([\u4e00-\u9fff]{2,4})工会$")
_LEVELS = ("市", "县", "区", "州", "省", "自治州", "自治区")


def short_union_names(reg: Registry) -> None:
    """东湖工会 beside 东湖市总工会 (a headline's short form of the city's federation of unions) is one body,
    named by its full form."""
    by_name = {e.name: e for e in reg.entities if e.type is EntityType.ORGANIZATION}
    for short in list(by_name.values()):
        m = _SHORT_UNION.match(short.name)
        if m is None or m.group(1).endswith(_LEVELS):
            continue
        full = next((f for level in _LEVELS if (f := by_name.get(f"{m.group(1)}{level}总工会")) is not None), None)
        if full is not None and full in reg.entities and short in reg.entities:
            reg.merge(full, short)


def _listed_key(name: str, listed: _Listed) -> str | None:
    """The full form of a listed name, or of a sub-unit named after a listed short form (全总文工团 and
    全国总工会文工团 → 中华全国总工会文工团); None for any other name."""
    full = listed.canonical.get(name)
    if full is not None:
        return full
    for n in listed.lengths.get(name[:1], ()):
        if n < len(name) - 1 and (full := listed.prefixes.get(name[:n])) is not None:
            return full + name[n:]
    return None


def _listed_short_forms(reg: Registry) -> None:
    """中科院 and 中国科学院 (or 全总 and 全国总工会) in one document are one body, named by its fullest form."""
    listed = _listed()
    groups: dict[str, list[Draft]] = {}
    for e in reg.entities:
        if e.type is EntityType.ORGANIZATION and (key := _listed_key(e.name, listed)) is not None:
            groups.setdefault(key, []).append(e)
    for full, drafts in groups.items():
        if len(drafts) > 1:
            keep = next((d for d in drafts if d.name == full), None) or max(drafts, key=lambda d: len(d.name))
            for d in drafts:
                reg.merge(keep, d)


def _listed_parent(name: str, parents: list[Draft], listed: _Listed) -> tuple[Draft, int] | None:
    """The parent a listed short form opening ``name`` stands for (中科院东海分院 → 中国科学院 when that is
    named in the document), with the length of the short form."""
    for n in listed.lengths.get(name[:1], ()):
        full = listed.prefixes.get(name[:n]) if n < len(name) - 1 else None
        if full is None:
            continue
        for p in parents:
            if p.name == full or listed.canonical.get(p.name) == full:
                return p, n
    return None


def resolve_honours(reg: Registry) -> None:
    """劳模 is the usual short form of 劳动模范: 全国劳模 and 全国劳动模范 are one honour. A title written as a
    qualifier and a head only (获评本次年度人物) refers to the one honour of the document that ends with it
    (学生年度人物)."""
    honours = {e.name: e for e in reg.entities if e.type is EntityType.HONOR}
    for name, short in list(honours.items()):
        if name.endswith("劳模"):
            full = honours.get(name[:-2] + "劳动模范")
            if full is not None and full is not short:
                reg.merge(full, short)
                continue
        if qualified_only(name):
            longer = [h for other, h in honours.items() if other != name and other.endswith(name)]
            if len(longer) == 1:
                reg.merge(longer[0], short)


@lru_cache(maxsize=4096)
def _is_sub_unit(full: str, rest: str) -> bool:
    """The resolver reads a listed short form of ``full`` followed by ``rest`` as a sub-unit of the body
    (rule org-alias-prefix: the rest ends like a unit, not like a school or a company)."""
    listed = _listed()
    for name in listed.names_of[full]:
        if name != full and name in listed.prefixes:
            return any(note.rule == "org-alias-prefix" for note in _org_names().canonical(name + rest).notes)
    return False


def _implied_bodies(reg: Registry, sentences: list[Sentence], text: str, listed: _Listed) -> None:
    """Two or more units named after one listed body (中国科学院金属研究所, 中科院北京纳米能源与系统研究所)
    refer to the body itself: it becomes an entity (named as written in the text) that they are units of.
    A unit is one the resolver also reads as a sub-unit (rule org-alias-prefix), never a school or company."""
    units: dict[str, list[Draft]] = {}
    for org in _orgs(reg):
        name = org.name
        for n in listed.lengths.get(name[:1], ()):
            full = listed.prefixes.get(name[:n]) if n < len(name) - 1 else None
            if full is not None:
                if _is_sub_unit(full, name[n:]):
                    units.setdefault(full, []).append(org)
                break
    for full, found in units.items():
        if len(found) < 2 or any(listed.canonical.get(o.name) == full for o in _orgs(reg)):
            continue
        written = [w for w in listed.names_of[full] if w in text]
        if full not in written:
            continue
        at = text.find(full)
        article = next((s.article for s in sentences if s.start <= at < s.end), 0)
        body = reg.add(EntityType.ORGANIZATION, full, at, article)
        for alias in written:
            reg.alias(body, alias)


#: What turns a company's short name into its full one (X集团 → X集团股份有限公司): the same company, no unit.
_LEGAL_FORMS = frozenset(
    {"有限公司", "股份有限公司", "有限责任公司", "公司", "集团", "集团公司", "集团有限公司", "集团股份有限公司"}
)


_LEGAL_FORMS_LONGEST = sorted(_LEGAL_FORMS, key=len, reverse=True)


def sub_units(reg: Registry, sentences: list[Sentence], text: str) -> None:
    listed = _listed()
    _implied_bodies(reg, sentences, text, listed)
    orgs = _orgs(reg)
    has_home = "我校" in text
    # schools are parents like any body (东湖大学机械学院 → 东湖大学): blind sets annotate these edges
    parents = [p for p in orgs if p.name not in UNIVERSITY_DEICTICS]
    surfaces = {s: p for p in parents for s in p.surfaces() if len(s) >= 2}
    #: the lengths of the parents' names by their first character, shortest first
    lengths: dict[str, list[int]] = {}
    for s in surfaces:
        lengths.setdefault(s[0], []).append(len(s))
    for ls in lengths.values():
        ls.sort()
    for child in orgs:
        name = child.name
        # a parent must leave at least two characters of the child after it; it starts at one of the first
        # three characters, and only where a parent's name could start
        # (loops, not comprehensions: they run once per organisation, and 3.11 builds a function for each)
        fit = len(name) - 1
        hits = []
        for at in range(3):
            for n in lengths.get(name[at : at + 1], ()):
                if n >= fit:
                    break
                if name[at : at + n] in surfaces:
                    hits.append((surfaces[name[at : at + n]], at + n))
        if not hits and (by_short_form := _listed_parent(name, parents, listed)):
            hits = [by_short_form]
        done: set[int] = set()
        for parent, end in hits:
            if parent is child or id(parent) in done or len(child.name) <= end + 1 or name[end:] in _LEGAL_FORMS:
                continue
            done.add(id(parent))
            sent = _sentence_of(sentences, child, text)
            if sent is not None:
                reg.relate(RelationType.SUB_UNIT_OF, child, parent, sent)
        at = text.find("我校" + child.name) if has_home else -1
        home = reg.find("我校", EntityType.ORGANIZATION) if at >= 0 else None
        if home is None and (at := _home_prefixed(text, child.name)) >= 0:  # 学校教务处, 该校X学院
            home = _home_school(reg, child, at)
        if home is not None and home is not child:
            sent = next((s for s in sentences if s.start <= at < s.end), None)
            if sent is not None:
                reg.relate(RelationType.SUB_UNIT_OF, child, home, sent)
        if name.endswith("工会") and len(name) > 4:
            _union_of(reg, sentences, text, child, orgs)


#: Deictic words for the home school written right before one of its units (学校教务处, 该校X学院).
_HOME_WORDS = ("学校", "该校", "本校")


def _home_prefixed(text: str, name: str) -> int:
    """Where a home-school word stands right before ``name`` (or opens it: 学校教务处), -1 if nowhere."""
    if name.startswith((*_HOME_WORDS, "我校")) and len(name) > 4 and name not in DEICTIC_ORGS:
        return text.find(name)
    for word in _HOME_WORDS:
        at = text.find(word + name)
        if at >= 0:
            return at
    return -1


def _home_school(reg: Registry, child: Draft, at: int) -> Draft | None:
    """The school 学校/该校 at ``at`` stands for: the entity the deictic was resolved to (我校, 学校 as
    aliases), else the school named last before it (not the unit itself, nor a span holding its name)."""
    for word in ("我校", "学校", "本校"):
        found = reg.find(word, EntityType.ORGANIZATION)
        if found is not None and found is not child:
            return found
    best: tuple[int, Draft] | None = None
    for e in _orgs(reg):
        if e is child or not e.name.endswith(_SCHOOLS) or child.name in e.name or e.name in child.name:
            continue
        for start, _end, _article in e.mentions:
            if start < at and (best is None or start > best[0]):
                best = (start, e)
    return best[1] if best else None


def _union_of(reg: Registry, sentences: list[Sentence], text: str, union: Draft, orgs: list[Draft]) -> None:
    """X工会 is the union of X when X is an entity of the document, a school or department too (智造学院工会
    → 智造学院), also when X is written short (材料学院工会 → 材料科学与工程学院)."""
    stem = union.name[:-2]
    best: Draft | None = None
    for org in orgs:
        if org is union or org.name.endswith(_UNION_PARENT_EXCLUDED):
            continue  # (a university's own union is named as a body of its own, with no parent edge)
        for surface in org.surfaces():
            if len(surface) >= 3 and (stem.endswith(surface) or _short_form_of(stem, surface)):
                if best is None or len(org.name) > len(best.name):
                    best = org
                break
    if best is None:
        return
    sent = _sentence_of(sentences, union, text)
    if sent is not None:
        reg.relate(RelationType.SUB_UNIT_OF, union, best, sent)


def _short_form_of(short: str, full: str) -> bool:
    """``short`` is a short form of ``full`` as schools write them: the same head (学院), and a stem of two
    or more characters that opens like the full stem and keeps its characters in order (材料学院 of
    材料科学与工程学院, 土建学院 of 土木与建筑工程学院)."""
    head = next((h for h in _SHORT_FORM_HEADS if short.endswith(h) and full.endswith(h)), None)
    if head is None or len(short) >= len(full):
        return False
    a, b = short[: -len(head)], full[: -len(head)]
    if "大学" in b and not a.startswith(b[: b.rindex("大学") + 2]):
        b = b[b.rindex("大学") + 2 :]  # 东海大学材料科学与工程学院: the university is no part of the short form
    if len(a) < 2 or not b or a[0] != b[0]:
        return False
    at = 0
    for ch in a:
        at = b.find(ch, at) + 1
        if at == 0:
            return False
    return True


_UNION_PARENT_EXCLUDED = ("工会", "大学")
#: Heads of units that schools name by a short form.
_SHORT_FORM_HEADS = ("学院", "研究院", "系", "研究所", "中心")


def _sentence_of(sentences: list[Sentence], d: Draft, text: str) -> Sentence | None:
    pos = min((m[0] for m in d.mentions), default=text.find(d.name))
    return next((s for s in sentences if s.start <= pos < s.end), None)


#: Words that make a unit's kind a reference to one unit already named (该厂, 本厂, 这个车间).
_DEICTIC_PREFIXES = ("这个", "该", "本", "我", "此")
#: Kinds of studio, team or unit that say what it is but not which one (劳模工作室, 创新工作室).
_GENERIC_MODIFIERS = ("劳模创新", "劳模", "劳动模范", "创新", "技能大师", "大师", "职工", "工匠", "技术攻关", "攻关")
#: Head words of a generic reference, with the endings of the names it may stand for.
_UNIT_HEADS: dict[str, tuple[str, ...]] = {
    "厂": ("厂",),
    "工厂": ("厂",),
    "车间": ("车间",),
    "班组": ("班组", "班"),
    "工作室": ("工作室",),
    "公司": ("公司",),
    "集团": ("集团", "集团有限公司", "集团公司", "集团股份有限公司"),
    "医院": ("医院",),
    # 院党委书记林某, 院工会主席张某: the college (or institute, hospital) the section is about
    "院": ("学院", "研究院", "医院"),
    "中心": ("中心",),
    "学校": ("学校", "中学", "小学", "大学", "学院", "技校"),
    "协会": ("协会",),
    "团队": ("团队",),
    "宣讲团": ("宣讲团",),
    "服务队": ("服务队",),
}
#: Heads that stand for the alliance the section names (联盟理事会理事长X: a seat of the alliance's board).
_ALLIANCE_HEADS = frozenset({"联盟", "联盟理事会", "理事会"})


def generic_reference(name: str) -> str | None:
    """The head word when ``name`` refers to a unit only by its kind (厂, 该厂, 劳模工作室, 联盟理事会), None
    for a name of its own (东海机床厂) and for the university deictics the document-wide rules read (我校)."""
    if name in DEICTIC_ORGS:
        return None
    rest = name
    for prefix in _DEICTIC_PREFIXES:
        if rest.startswith(prefix) and len(rest) > len(prefix):
            rest = rest[len(prefix) :]
            break
    stripped = True
    while stripped:
        stripped = False
        for mod in _GENERIC_MODIFIERS:
            if rest.startswith(mod) and len(rest) > len(mod):
                rest, stripped = rest[len(mod) :], True
                break
    return rest if rest in _UNIT_HEADS or rest in _ALLIANCE_HEADS else None


def _fits(candidate: Draft, head: str) -> bool:
    """``candidate`` is a unit of the kind ``head`` names, and has a name of its own."""
    if generic_reference(candidate.name) is not None or candidate.name in DEICTIC_ORGS:
        return False
    if head in _ALLIANCE_HEADS:
        return candidate.type is EntityType.ALLIANCE
    return candidate.type is EntityType.ORGANIZATION and candidate.name.endswith(_UNIT_HEADS[head])


def _referent(reg: Registry, head: str, sent: Sentence, text: str) -> Draft | None:
    """The unit of kind ``head`` that the section holding ``sent`` is about: of those it names up to that
    sentence (or, failing any, after it), the one the document names most often, then the latest named."""
    before: list[tuple[int, int, Draft]] = []
    after: list[tuple[int, Draft]] = []
    for e in reg.entities:
        if not _fits(e, head):
            continue
        starts = [start for start, _end, article in e.mentions if article == sent.article]
        earlier = [start for start in starts if start < sent.end]
        if earlier:
            before.append((_count(text, e), max(earlier), e))
        elif starts:
            after.append((min(starts), e))
    if before:
        return max(before, key=lambda c: (c[0], c[1]))[2]
    return min(after, key=lambda c: c[0])[1] if after else None


def as_membership(rel: RelDraft) -> None:
    """A position that is a seat, not an office, as a membership in that seat (联盟理事长X: the convention for
    an alliance's board; 领导班子成员X: a leadership group's)."""
    if rel.type is RelationType.HOLDS_POSITION:
        titles = rel.properties.pop("titles", None) or []
        rel.type = RelationType.MEMBER_OF
        if titles:
            rel.properties["role_text"] = titles[0]


def resolve_references(reg: Registry, text: str) -> None:
    """Point every relation of a generic or deictic unit (厂, 该厂, 工作室, 联盟理事会) at the unit its section
    is about; the reference itself is no entity (dropped, with the relations no unit was found for)."""
    generic: list[tuple[Draft, str]] = []
    for e in reg.entities:
        if e.type is EntityType.ORGANIZATION and (head := generic_reference(e.name)) is not None:
            generic.append((e, head))
    for ref, head in generic:
        for rel in [r for r in reg.relations if r.head is ref or r.tail is ref]:
            target = _referent(reg, head, rel.sentence, text)
            if target is None:
                continue
            if target.type is EntityType.ALLIANCE:
                as_membership(rel)
            reg.repoint(rel, target if rel.head is ref else rel.head, target if rel.tail is ref else rel.tail)
        reg.drop(ref)


#: A sentence opening with time words or short clauses of circumstance, then 他 or 她 as the subject
#: (2022年，他入选…; 此后她先后荣获…); not 他们, 他的, 他人 or 她乡.
_PRONOUN_OPENING = re.compile(
    r"(?:[^，,。；！？“”‘’「」他她]{1,15}[，,])*"
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?|同年|当年|此后|随后|后来|如今|目前)?"
    r"([他她])(?![们的人乡])"
)
#: Words in a clause before a name that make the person its object or a modifier, not the sentence's
#: subject (向林某学习, 跟着林某, 在林某的带领下, 他的师傅林某).
_NOT_SUBJECT = re.compile(
    r"向|给|跟|把|让|被|由|拜|请|邀|带领|师从|陪同|采访|会见|看望|慰问|见到|找到|看到|遇到|徒弟|师傅|师父|在|与|同|对|他|她|其"
)
_CLAUSE_MARKS = "，,；;：:"


def _clause_start(text: str, lo: int, at: int) -> int:
    """Start of the clause holding ``at``, not before ``lo``."""
    cut = max(text.rfind(c, lo, at) for c in _CLAUSE_MARKS)
    return cut + 1 if cut >= 0 else lo


def section_subjects(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions that are the subject of their sentence: the first person named in it, with nothing
    before the name in its clause that makes it an object or a modifier (向X学习, X的徒弟)."""
    out: list[Mention] = []
    si = 0
    done = -1
    for m in mentions:
        while si < len(sentences) and sentences[si].end <= m.start:
            si += 1
        if si >= len(sentences) or sentences[si].start > m.start or si == done:
            continue
        done = si  # only the first name of a sentence may be its subject
        lead = text[_clause_start(text, sentences[si].start, m.start) : m.start]
        if text.startswith("的", m.end) or _NOT_SUBJECT.search(lead) or "“" in lead:
            continue
        out.append(m)
    return out


def pronoun_mentions(
    text: str, sentences: list[Sentence], mentions: list[Mention], subjects: list[Mention]
) -> list[Mention]:
    """A pronoun opening a sentence (他入选…, 2022年，她荣获…) stands for the person its section is about: the
    latest subject named before it in the same article. Each is returned as a mention of that person at
    the pronoun (name: the person's, ``end - start`` 1), so that every pass reading persons reads it."""
    if "他" not in text and "她" not in text:
        return []
    by_start = sorted(subjects, key=lambda m: m.start)
    index = SentenceIndex(sentences)
    out: list[Mention] = []
    k = 0
    latest: Mention | None = None
    latest_article = -1
    for sent in sentences:
        while k < len(by_start) and by_start[k].start < sent.start:
            latest = by_start[k]
            latest_article = index.article(latest.start)
            k += 1
        if latest is None or latest_article != sent.article or ("他" not in sent.text and "她" not in sent.text):
            continue
        m = _PRONOUN_OPENING.match(sent.text)
        at = sent.start + m.start(1) if m is not None else -1
        if m is None or any(sent.start <= o.start <= at for o in mentions):
            continue
        out.append(Mention(latest.name, at, at + 1))
    return out


#: A sentence with no subject that goes on about a person: it opens (after time words) with a predicate of
#: honours (曾获得…, 先后荣获…, 是X获得者). (Posts written so, 现任…, and sentences of posts and honours
#: alone, A和B获得者，X学会会长, are read by the people pass's profile rules.)
_SUBJECTLESS_OPENING = re.compile(
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|起|至今)?[，,]?|此外[，,]|同时[，,]|近年来[，,]|多年来[，,])?"
    r"(?P<predicate>(?:并|还|也|曾|曾经|先后|相继|陆续|多次|屡次|又|亦|同时|[一两二三四五六七八九十\d]+次"
    r"|连续[一两二三四五六七八九十\d]+年|连续|连年)*"
    r"(?:荣获|获得|获评|获|被授予|被评为|被誉为|被命名为|入选|当选|是))"
)


_ENDS = ("。", "！", "？", "…", "”")
_HONOUR_VERB = re.compile(r"荣获|获得|获评|获|被授予|被评为|入选|当选")


def _profile_topics(
    index: SentenceIndex, sentences: list[Sentence], mentions: list[Mention], subjects: list[Mention]
) -> dict[int, Mention]:
    """The person each profile article is about: the subject of its first or second body sentence (the
    opening 段某某，女，…), named at least twice as often in the article as any other person."""
    first: dict[int, int] = {}
    for sent in sentences:
        first.setdefault(sent.article, sent.position)
    counts: dict[int, dict[str, int]] = {}
    for m in mentions:
        per = counts.setdefault(index.article(m.start), {})
        per[m.name] = per.get(m.name, 0) + 1
    out: dict[int, Mention] = {}
    for m in subjects:
        held = index.at(m.start)
        if held is None or held.article in out or not 1 <= held.position - first[held.article] <= 2:
            continue
        per = counts.get(held.article, {})
        others = max((n for name, n in per.items() if name != m.name), default=0)
        if per.get(m.name, 0) >= max(2, 2 * others):
            out[held.article] = m
    return out


def subjectless_mentions(
    text: str, sentences: list[Sentence], mentions: list[Mention], subjects: list[Mention]
) -> list[Mention]:
    """The missing subject of a sentence that goes on about a person (林某教授在…取得成果。是X获得者，曾获得A、
    B等荣誉。): a mention of that person, of no width, where each clause's predicate begins. The person is
    the subject of an earlier sentence of the same paragraph (the sentences between naming no one), or, in
    a paragraph that opens with such a predicate, the person the article profiles (【荣誉】 荣获A、B等称号).
    A sentence that names a person itself is not read."""
    index = SentenceIndex(sentences)
    subject_in: dict[int, Mention] = {}
    for m in subjects:
        sent = index.at(m.start)
        if sent is not None and text[m.end : m.end + 1] not in ("、", "和", "与", "及"):  # (not one of a list)
            subject_in.setdefault(sent.position, m)
    named = bytearray(len(sentences))
    si = 0
    for m in mentions:
        while si < len(sentences) and sentences[si].end <= m.start:
            si += 1
        if si < len(sentences) and sentences[si].start <= m.start:
            named[si] = 1
    topics = _profile_topics(index, sentences, mentions, subjects)
    out: list[Mention] = []
    carried: Mention | None = None
    for i, sent in enumerate(sentences):
        subject = subject_in.get(sent.position)
        if subject is not None:
            carried = subject
            continue
        previous = sentences[i - 1] if i else None
        if previous is None or previous.article != sent.article or named[i]:
            carried = None
            continue
        openings = _openings(sent.text)
        if previous.paragraph != sent.paragraph and not _broken_line(previous.text, sent.text):
            carried = topics.get(sent.article) if openings and openings[0].start() == 0 else None
        if carried is None or not openings:
            continue  # (the paragraph may go on about the person: 主要从事X研究。曾任Y。获A、B等奖)
        out.extend(Mention(carried.name, sent.start + o.start("predicate"), sent.start + o.start("predicate"))
                   for o in openings)
    return out


def _broken_line(line: str, following: str) -> bool:
    """A line that ends inside a sentence (…取得成果，专著《Homogeneous Finsler ⏎): no end mark, and a clause
    before it (a heading, 【校友荣誉】, has none), or a quotation left open, or a word the next line goes on
    with (任Optics ⏎ Letters等期刊编委, 中国光学学会“王大珩光学奖- ⏎ 中青年科技人员光学奖”)."""
    body = line.rstrip()
    if body.endswith(_ENDS):
        return False
    if "，" in body or "," in body or body.count("“") > body.count("”") or body.count("《") > body.count("》"):
        return True
    return body[-1:].isascii() and body[-1:].isalnum() and following[:1].isascii() and following[:1].isalpha()


def _openings(body: str) -> list[re.Match[str]]:
    """Each clause of ``body`` that opens with a predicate of honours (从事焊接工作15年，曾获A、B等荣誉); none
    when the first clause has a subject of its own, which the later ones share (科室获X，获Y)."""
    clauses = [0, *(k + 1 for k, c in enumerate(body) if c in "，；")]
    openings = [
        o
        for k in clauses
        if (o := _SUBJECTLESS_OPENING.match(body, k)) is not None
        and (k == 0 or not o.group("predicate").endswith("是"))  # (…的某某，是X: 是 after a clause is a copula)
    ]
    first_end = clauses[1] if len(clauses) > 1 else len(body)
    if openings and openings[0].start() > 0 and _HONOUR_VERB.search(body, 0, first_end):
        return []
    return openings


#: Ends of the names of a school's administrative departments (后勤管理处, 教师工作部, 信息化办公室).
_DEPARTMENT_ENDS = ("处", "部", "办", "办公室", "中心", "馆")


def strip_home_prefix(reg: Registry) -> None:
    """A unit written after 我校/本校 (我校船舶学院), or a department after 学校 (学校后勤管理处), is named
    without it, the written form kept as an alias: the unit's name is its own (its SUB_UNIT_OF edge says
    whose it is). The union and staff congress named by the deictic alone (我校工会, 学校工会) keep that name."""
    for d in _orgs(reg):
        if d.name.startswith("学校") and d.name.endswith(_DEPARTMENT_ENDS) and len(d.name) >= 5:
            pass  # 学校后勤管理处: a department of the school, named so (学校工会, 学校党委 keep the word)
        elif not d.name.startswith(("我校", "本校")) or len(d.name) < 5 or d.name in DEICTIC_BODIES:
            continue
        if d.name[2:] in SUFFIX_WORDS:
            continue  # 学校办公室: the rest is only a kind of unit (办公室), no name of its own
        own = reg.find(d.name[2:], EntityType.ORGANIZATION)
        if own is None:
            reg.rename(d, d.name[2:])
        elif own is not d:
            reg.merge(own, d)


def short_names_of_sub_units(reg: Registry, text: str) -> None:
    """A unit named after its parent (材化学院分析测试中心) and later by its own part alone (分析测试中心作为…):
    the own part is an alias, so the later mentions and a gold or query by the short name find the unit."""
    orgs = _orgs(reg)
    names = {d.name for d in orgs}
    owns: dict[str, list[tuple[Draft, str]]] = {}
    for d in orgs:
        for parent in names:
            if parent != d.name and d.name.startswith(parent) and len(d.name) - len(parent) >= 4:
                owns.setdefault(d.name[len(parent) :], []).append((d, parent))
    for own, units in owns.items():
        if len({d.name for d, _p in units}) != 1:
            continue  # 北京大学马克思主义学院, 南开大学马克思主义学院: the own part names neither alone
        d, parent = units[0]
        alone = reg.find(own, EntityType.ORGANIZATION)
        if alone is not None and alone is not d and alone.name == own:
            reg.merge(d, alone)  # (分析测试中心主任李某: the unit named alone is the same unit)
        elif alone is None and any(not text.endswith(parent, 0, m.start()) for m in re.finditer(re.escape(own), text)):
            reg.alias(d, own)
