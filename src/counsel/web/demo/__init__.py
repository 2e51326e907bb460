"""The demo district: the real streets and communities of 上城区 with generated lawyers,
engagements, scores, ratings and bonuses (`python -m counsel.web.demo`, `make demo`).

Everything generated looks generated (示例律师001, 示例律师事务所一) and is deterministic
(seeded). The steps are listed in one place, `steps.STEPS`, so that each area can add its
own (work registrations, quarterly reports, the declarations' workflow)."""
