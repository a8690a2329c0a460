"""Half-width punctuation in Chinese prose read as the full-width marks the rules are written for.

Web pages and text normalised with NFKC write 林某,东海公司技师 and 省(区、市) where a newspaper writes 林某，
and 省（区、市）. The extractor reads a copy in which such a mark, next to a Chinese character, is its full-width
form; every other character is kept, so the copy has the same length and every offset still indexes the
document's own text (which the record keeps, with its evidence).

The copy also ends a photo credit that more text follows on its line with a full stop: web pages run a
caption's credit into the next sentence (…在东海举行。东海网记者 林某 摄6月8日，…; …致辞。记者 林某
摄东海市总工会…参加会议), and no name may run across it.
"""

import re

_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
#: A mark is replaced when a character next to it is Chinese (a Han character or Chinese punctuation, not
#: a full-width form, so that a second reading changes nothing more): 1,200 and 10:30 stay as they are. A
#: pair of brackets is replaced when what they hold opens with a Chinese character ((CEO) stays).
_MARK = re.compile(r"[,;:?!]")
_PAREN = re.compile(r"\(([^()\n]{0,60})\)")
#: A credit: a reporter or photographer word, one to three names (spaces optional), then 摄 (not 摄影…),
#: with more text after it on the line.
_PHOTO_CREDIT = re.compile(
    r"(?:记者|通讯员|摄影)[ \u3000\xa0]*[\u4e00-\u9fff]{2,3}(?:[ \u3000\xa0、]+[\u4e00-\u9fff]{2,3}){0,2}"
    r"[ \u3000\xa0]*(摄)(?![影像制入取于])(?=[ \u3000\xa0]*[^\s）)】”])"
)
_CHINESE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f“”‘’…—]")


def _chinese(ch: str) -> bool:
    return bool(ch) and _CHINESE.match(ch) is not None


def full_width_in_chinese(text: str) -> str:
    """``text`` with , ; : ? ! and paired ( ) next to Chinese characters in their full-width forms."""
    if not _MARK.search(text) and "(" not in text:
        return text
    chars = list(text)
    for m in _MARK.finditer(text):
        i = m.start()
        if _chinese(text[i - 1 : i]) or _chinese(text[i + 1 : i + 2]):
            chars[i] = _FULL_WIDTH[text[i]]
    for m in _PAREN.finditer(text):
        i, j = m.start(), m.end() - 1
        if _chinese(m.group(1)[:1]):
            chars[i], chars[j] = "（", "）"
    return "".join(chars)


def end_photo_credits(text: str) -> str:
    """``text`` with the 摄 of each photo credit that more text follows on its line read as 。."""
    if "摄" not in text:
        return text
    chars = list(text)
    for m in _PHOTO_CREDIT.finditer(text):
        chars[m.start(1)] = "。"
    return "".join(chars)
