"""The rule engine: YAML rule packs → per-call outcomes (hit, pass, review).

    from qa_toolkit.rules import load_pack
    pack = load_pack("bank_zh")          # a name in rules/ or a path to a .yaml
    outcomes = pack.evaluate(call)       # one Outcome per rule occurrence
"""

from qa_toolkit.rules.pack import (PackError, RulePack, available_packs, business_type_titles,
                                   load_pack, rule_titles)

__all__ = ["PackError", "RulePack", "available_packs", "business_type_titles", "load_pack",
           "rule_titles"]
