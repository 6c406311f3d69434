"""Alert rules over situations and dyad signals, actor groups as data, and delivery sinks.

- :mod:`streams.alerting.condition`  the condition language: own tokenizer + parser, no eval
- :mod:`streams.alerting.groups`     actor groups (``groups.toml``: NATO, EU, UNSC P5, ...) with their dates
- :mod:`streams.alerting.rules`      rules file (TOML) -> :class:`RuleSet`; ``match`` -> :class:`Match`; alert ids
- :mod:`streams.alerting.sinks`      Alertmanager v2 and signed webhook delivery: bounded queue, retries, give-up

All of it is plain Python (no Kafka); the Faust agents call it.
"""

from streams.alerting.rules import Match, Rule, RulesError, RuleSet, alert_id, load_rules

__all__ = ["Match", "Rule", "RuleSet", "RulesError", "alert_id", "load_rules"]
