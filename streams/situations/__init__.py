"""Situations, dyad signals and alerts derived from the events topics.

Functional core here (no Kafka): :mod:`.mentions` (event record -> Mention, act key),
:mod:`.coref` (mention -> situation, versions), :mod:`.signals` (dyad windows, spike score),
:mod:`.goldstein` (CAMEO -> Goldstein scale). The Faust shell is :mod:`.agents`.
"""
