"""Typed text becomes words, phrases, exclusions and a prefix; nothing is an operator."""

from desktop.domain.query import MAX_TERMS, parse_query


def test_the_last_word_is_a_prefix_while_typing() -> None:
    assert parse_query("cash vouch").terms[-1].prefix
    assert not parse_query("cash vouch ").terms[-1].prefix


def test_quoted_phrase_means_exact_words() -> None:
    [term] = parse_query('"social protection"').terms
    assert term.phrase and term.exact
    assert [w.exact for w in term.words] == ["social", "protection"]


def test_leading_minus_excludes() -> None:
    query = parse_query("cash -covid")
    assert [t.negated for t in query.terms] == [False, True]


def test_operators_and_punctuation_are_plain_words_or_nothing() -> None:
    query = parse_query('NEAR( OR AND * : "')
    assert [t.words[0].exact for t in query.terms] == ["near", "or", "and"]


def test_a_huge_paste_is_bounded() -> None:
    assert len(parse_query("word " * 5000).terms) == MAX_TERMS
