"""A group's act reported as one member's: the acting groups (G7, NATO, EU) as data, the partition
that brings a member's act key and its group's together, and the stage's conditions for a join."""

from __future__ import annotations

import orjson

from streams.situations.mentions import act_key, acting_groups, partition_key, related_keys, speaks_for
from tests.unit.test_situation_agents import run_situations
from tests.unit.test_situations import HOUR, run, warning

DAY = 24 * HOUR


def test_acting_groups_come_from_the_groups_file():
    groups = acting_groups()
    assert set(groups) == {"G7", "NATO", "EU"}
    assert "DEU" in groups["G7"] and "JPN" in groups["G7"] and "RUS" not in groups["G7"]
    assert "GBR" in groups["NATO"] and "GBR" not in groups["EU"]


def test_speaks_for_is_membership_either_way_and_nothing_else():
    assert speaks_for("DEU", "G7") and speaks_for("G7", "DEU") and speaks_for("USA", "USA")
    assert not speaks_for("DEU", "USA")  # two members are two speakers
    assert not speaks_for("RUS", "G7") and not speaks_for("CHN", "SCO")  # not a member / not an acting group
    assert not speaks_for(None, "G7") and not speaks_for("G7", None)


def test_a_member_and_its_group_share_a_partition_and_the_group_key_is_related():
    member, group = warning(source="DEU", target="RUS"), warning(source="G7", target="RUS")
    assert act_key(member) != act_key(group)
    assert partition_key(act_key(member)) == partition_key(act_key(group))
    assert act_key(group) in related_keys(member)
    assert act_key(member) in related_keys(group) and act_key(warning(source="JPN", target="RUS")) in related_keys(group)
    # another target is another partition; alliances and one-sided reports have no related keys
    assert partition_key(act_key(warning(source="DEU", target="CHN"))) != partition_key(act_key(member))
    assert related_keys(warning(source="DEU", target=None)) == []
    assert related_keys(warning(type="alliance", source="DEU", target="RUS", partners=("DEU", "RUS"))) == []
    # toward a bloc member: no member-for-group join (the group's act toward its own member)
    assert related_keys(warning(source="DEU", target="POL")) == []
    # the partition key of a dyad outside the blocs is its act key
    assert partition_key("warning:RUS|UKR") == "warning:RUS|UKR"
    assert partition_key("alliance:DEU|FRA") == "alliance:DEU|FRA"


def _two(first, second):
    situations, counted, _ = run([first, second])
    assert first.event_id in counted and second.event_id in counted, "both reports must be placed"
    return counted[first.event_id] == counted[second.event_id]


def test_a_members_report_of_the_day_joins_its_groups_act_in_either_order():
    group = warning(event_id="g", source="G7", target="RUS", article_id="a1", language="en",
                    evidence="The G7 warned Russia of massive consequences.")
    member = warning(event_id="m", source="DEU", target="RUS", article_id="a2", language="fr", outlet="wire-b",
                     time=group.time + 6 * HOUR, cameo="130",
                     evidence="La ministre allemande a averti la Russie.")
    assert _two(group, member)
    assert _two(member, group)
    for member_of in ("USA", "GBR", "FRA", "JPN", "CAN", "ITA"):
        assert _two(group, warning(event_id="m", source=member_of, target="RUS", article_id="a2",
                                   time=group.time + HOUR, evidence="other words"))


def test_a_members_report_does_not_join_when_anything_else_differs():
    group = warning(event_id="g", source="G7", target="RUS", evidence="The G7 warned Russia.")
    later = dict(event_id="m", article_id="a2", evidence="Germany warned Russia.")
    assert not _two(group, warning(source="DEU", target="RUS", time=group.time + 2 * DAY, **later))  # not that day
    assert not _two(group, warning(source="DEU", target="CHN", time=group.time + HOUR, **later))  # another target
    assert not _two(group, warning(source="RUS", target="G7", time=group.time + HOUR, **later))  # reversed
    assert not _two(group, warning(source="CHN", target="RUS", time=group.time + HOUR, **later))  # not a member
    assert not _two(group, warning(source="DEU", target="RUS", modality="negated",
                                   time=group.time + HOUR, **later))  # a denial is not the act
    assert not _two(group, warning(source="DEU", target="RUS", cameo="139",
                                   time=group.time + HOUR, **later))  # 138 force vs 139 ultimatum
    # two members' own acts never meet through their groups
    usa = warning(event_id="u", source="USA", target="RUS", evidence="The US warned Russia.")
    assert not _two(usa, warning(source="DEU", target="RUS", time=usa.time + HOUR, **later))


def test_the_agent_joins_a_members_report_to_its_groups_situation_in_one_partition():
    group = warning(event_id="g", source="G7", target="RUS", evidence="The G7 warned Russia.")
    member = warning(event_id="m", source="DEU", target="RUS", article_id="a2", outlet="wire-b",
                     time=group.time + HOUR, evidence="Germany's minister warned Russia.")

    async def steps(agent, runtime, sent):
        for m in (group, member):  # as the rekey agent keys them: by partition key
            await agent.put(orjson.dumps({**m.to_json(), "_ts": None}), key=partition_key(act_key(m)).encode())
        tables = runtime.extra["situations_tables"]
        assert act_key(group) in tables["acts"] and act_key(member) in tables["acts"]

    runtime, sent = run_situations(steps)
    bodies = [orjson.loads(v) for _, v, _ in sent["situations"]]
    assert len(bodies) == 2, bodies
    assert bodies[0]["id"] == bodies[1]["id"]
    assert (bodies[1]["version"], bodies[1]["mentions"], bodies[1]["outlets"], bodies[1]["source"]) == (2, 2, 2, "G7")


# --- alliances one party apart ------------------------------------------------------------------
def pact(parties, **overrides):
    base = dict(type="alliance", source=parties[0], target=parties[1], partners=tuple(sorted(parties)),
                cameo="0312", modality="hypothetical", evidence=f"A pact of {' '.join(parties)}.")
    base.update(overrides)
    return warning(**base)


def test_a_party_set_with_one_party_more_joins_within_the_day_in_either_order():
    three = pact(("USA", "NATO", "UKR"), event_id="p3", article_id="a1")
    four = pact(("USA", "NATO", "UKR", "RUS"), event_id="p4", article_id="a2", modality="conditional",
                time=three.time + 5 * HOUR, evidence="other words")
    assert partition_key(act_key(three)) == partition_key(act_key(four)) == "alliance:3+"
    assert _two(three, four)
    assert _two(four, three)


def test_parties_two_apart_or_too_few_shared_or_a_day_later_do_not_join():
    three = pact(("USA", "NATO", "UKR"), event_id="p3")
    later = dict(event_id="q", article_id="a2", evidence="other words")
    assert not _two(three, pact(("USA", "NATO", "UKR", "RUS", "POL"), **later, time=three.time + HOUR))
    assert not _two(three, pact(("USA", "NATO", "RUS"), **later, time=three.time + HOUR))  # one swapped
    assert not _two(three, pact(("USA", "NATO", "UKR", "RUS"), **later, time=three.time + 2 * DAY))
    two = pact(("USA", "UKR"), event_id="p2")
    assert related_keys(two) == [] and partition_key(act_key(two)) == act_key(two)
    assert not _two(two, pact(("USA", "UKR", "POL"), **later, time=two.time + HOUR))


def test_a_pact_made_and_a_pact_proposed_are_two_acts():
    proposed = pact(("USA", "NATO", "UKR"), event_id="p")
    for modality in ("hypothetical", "conditional", "planned"):
        assert _two(proposed, pact(("USA", "NATO", "UKR"), event_id="q", article_id="a2", modality=modality,
                                   time=proposed.time + HOUR, evidence="other words")), modality
    assert not _two(proposed, pact(("USA", "NATO", "UKR"), event_id="q", article_id="a2", modality="asserted",
                                   time=proposed.time + HOUR, evidence="other words"))
    # ... unless the reports share a number in digits (a translation or copy of one report)
    counted = pact(("USA", "NATO", "UKR"), event_id="p", numbers=(800000,))
    assert _two(counted, pact(("USA", "NATO", "UKR"), event_id="q", article_id="a2", modality="asserted",
                              time=counted.time + HOUR, evidence="other words", numbers=(800000,)))
    made = pact(("DEU", "FRA"), event_id="m", modality="asserted")
    assert _two(made, pact(("DEU", "FRA"), event_id="n", article_id="a2", modality="asserted",
                           time=made.time + HOUR, evidence="other words"))


def test_reports_of_one_pact_with_and_without_the_extra_party_end_in_one_situation():
    exact = pact(("USA", "NATO", "UKR"), event_id="x", modality="asserted", article_id="a1")
    other = pact(("USA", "NATO", "UKR", "RUS"), event_id="y", modality="asserted", article_id="a2",
                 time=exact.time + HOUR, evidence="y words")
    again = pact(("USA", "NATO", "UKR"), event_id="z", modality="asserted", article_id="a3",
                 time=exact.time + 2 * HOUR, evidence="z words")
    situations, counted, _ = run([exact, other, again])
    assert {"x", "y", "z"} <= set(counted)
    assert counted["x"] == counted["y"] == counted["z"]


def test_the_index_entry_lists_the_multilateral_keys_and_is_bounded():
    from streams.situations import coref

    index = None
    t = 1_700_000_000.0
    for i in range(coref.MAX_INDEX_KEYS + 20):
        index = coref.indexed(index, f"alliance:A{i:04d}|B|C", t + i, 72 * HOUR)
    assert len(index["keys"]) == coref.MAX_INDEX_KEYS and "alliance:A0000|B|C" not in index["keys"]
    assert index["situations"] == [] and index["watermark"] == t + coref.MAX_INDEX_KEYS + 19
    aged = coref.indexed({"watermark": t, "situations": [], "keys": {"alliance:OLD|B|C": t}}, "alliance:NEW|B|C",
                         t + 7 * DAY, 72 * HOUR)
    assert list(aged["keys"]) == ["alliance:NEW|B|C"]


def test_a_groups_report_moves_a_members_situation_to_the_groups_key_for_the_other_members():
    member = warning(event_id="d", source="DEU", target="RUS", article_id="a1", evidence="Germany warned Russia.")
    group = warning(event_id="g", source="G7", target="RUS", article_id="a2", time=member.time + HOUR,
                    evidence="The G7 warned Russia.")
    other = warning(event_id="b", source="GBR", target="RUS", article_id="a3", time=member.time + 2 * HOUR,
                    evidence="Britain warned Russia.")
    situations, counted, _ = run([member, group, other])
    assert {"d", "g", "b"} <= set(counted)
    assert counted["d"] == counted["g"] == counted["b"]
    assert situations[counted["b"]].source == "G7" and situations[counted["b"]].act_key == act_key(group)
    # without the group's report the two members' acts stay apart
    situations, counted, _ = run([member, other])
    assert counted["d"] != counted["b"]


def test_the_agent_keeps_the_index_entry_and_joins_a_pact_one_party_apart():
    three = pact(("USA", "NATO", "UKR"), event_id="p3", article_id="a1")
    four = pact(("USA", "NATO", "UKR", "RUS"), event_id="p4", article_id="a2", outlet="wire-b",
                time=three.time + HOUR, evidence="other words")

    async def steps(agent, runtime, sent):
        for m in (four, three):
            await agent.put(orjson.dumps({**m.to_json(), "_ts": None}), key=partition_key(act_key(m)).encode())
        tables = runtime.extra["situations_tables"]
        index = orjson.loads(tables["acts"]["alliance:3+"])
        assert set(index["keys"]) == {act_key(three), act_key(four)} and index["situations"] == []
        assert index.get("p") is not None

    runtime, sent = run_situations(steps)
    bodies = [orjson.loads(v) for _, v, _ in sent["situations"]]
    assert len(bodies) == 2 and bodies[0]["id"] == bodies[1]["id"] and bodies[1]["mentions"] == 2
