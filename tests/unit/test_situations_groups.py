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
