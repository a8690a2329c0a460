"""The anchored-pattern helpers and the scans that replaced regex searches give the regex's answers."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract.anchored import cut_lead, cut_tail
from loaders.extract.honours import strip_honour_tail
from loaders.extract.orgs import OrgRules
from loaders.extract.persons import _before_deng

_LEAD = re.compile(r"^(?:第[一二三\d]+届|本次|本)")
_TAIL = re.compile(r"(?:第[一二三\d]+[届任]|共同)$")
_TEXT = st.lists(
    st.sampled_from(["第", "三", "2", "届", "任", "本", "次", "共同", "共", "同", "\n", "甲", "等", "、", "和", "，"]),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_cut_lead_and_tail_equal_sub(text: str) -> None:
    assert cut_lead(_LEAD, text) == _LEAD.sub("", text)
    assert cut_tail(_TAIL, text, ("届", "任", "共同")) == _TAIL.sub("", text)


def test_cut_tail_sees_a_final_newline_as_dollar_does() -> None:
    assert cut_tail(_TAIL, "论坛第三届\n", ("届",)) == "论坛\n"


_HONOUR_TAIL = re.compile(r"(?:获得者|荣誉称号|称号|荣誉)$")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["获得者", "荣誉称号", "称号", "荣誉", "荣", "号", "“", "”", "\n", "劳模"]), max_size=6
    ).map("".join)
)
def test_strip_honour_tail_equals_the_anchored_sub(text: str) -> None:
    assert strip_honour_tail(text) == _HONOUR_TAIL.sub("", text.strip('“”"')).strip('“”"')


def test_honour_tail_longest_first() -> None:
    assert strip_honour_tail("“全国劳动模范”荣誉称号") == "全国劳动模范"


_DENG = re.compile(r"[和、，与](?=[^和、，与]{2,3}等)")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["和", "、", "，", "与", "等", "甲", "乙", "\n"]), max_size=16).map("".join))
def test_names_before_deng_equal_the_lookahead_pattern(text: str) -> None:
    assert _before_deng(text) == [m.end() for m in _DENG.finditer(text)]


def test_clean_without_brackets_strips_the_lead_only() -> None:
    assert OrgRules.clean("由东海大学") == ("东海大学", ())
    assert OrgRules.clean("联合东海大学（DHU）") == ("东海大学", ("DHU",))
