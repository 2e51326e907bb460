"""R12–R14 §4.4: the district-wide ranking of full-year engagements and the pay tiers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from operator import attrgetter

from counsel.rules.exact import ZERO, plain, share_is_whole
from counsel.rules.pay import tier_amount, tier_size
from counsel.rules.policy import Policy
from counsel.rules.shared_rank import SharedRank, SharedRankStep
from counsel.rules.types import Issue, TieGroup, TieOrder, Tier, TraceStep


@dataclass(frozen=True)
class Candidate:
    """A full-year engagement with its published score parts (R11, R12)."""

    id: str
    community: str
    total: Decimal
    bonus: Decimal
    satisfaction: Decimal

    @property
    def key(self) -> tuple[Decimal, Decimal, Decimal]:
        """R12: what decides the order; equal keys share a rank."""
        return (self.total, self.bonus, self.satisfaction)


@dataclass(frozen=True)
class Placement:
    id: str
    position: int
    rank: int
    tier: Tier
    tied_at_boundary: bool
    trace: tuple[TraceStep, ...]


@dataclass(frozen=True)
class Ranking:
    placements: tuple[Placement, ...]  # in position order
    ties: tuple[TieGroup, ...]
    issues: tuple[Issue, ...]
    n: int
    k: int
    bottom: int


def bottom_size(n: int, k: int, policy: Policy) -> int:
    """R13 §4.4 `bottom_tier`: the last k, or k + 1 under `include_90th` when 10 divides n.

    Open question (RULES.md R13): the draft's「包括排名第90%的人员」read literally puts the
    engagement at position 0.9 n into 第三档 when that position is a whole number; the
    default keeps the tiers symmetric so that the payout stays 12000 × n. The extra place
    never reaches into 第一档 (only possible with `tier_share` near 50).
    """
    if policy.bottom_tier == "include_90th" and k >= 1 and share_is_whole(n, policy.tier_share):
        return min(k + 1, n - k)
    return k


def _position_tier(position: int, n: int, k: int, bottom: int) -> Tier:
    if position <= k:
        return Tier.FIRST
    if position > n - bottom:
        return Tier.THIRD
    return Tier.SECOND


def rank(
    candidates: Sequence[Candidate], policy: Policy, tie_orders: Sequence[TieOrder] = ()
) -> Ranking:
    """R12 §4.4: order by total, then bonus, then satisfaction (each highest first).

    The third key of the text (basic) can never separate two engagements equal on the
    first three, because total = basic + satisfaction + bonus: those share a rank
    (1, 2, 2, 4) and are shown by community code, then engagement id. Groups that
    straddle a tier boundary go to R14.
    """
    # Open question (RULES.md R1): the text ranks 人员; the product ranks engagements, the
    # unit that is paid — the same thing while each lawyer serves one community.
    # Highest key first, then community and id ascending: two stable sorts say this
    # without negating three decimals of every candidate.
    ordered = sorted(candidates, key=attrgetter("community", "id"))
    ordered.sort(key=attrgetter("total", "bonus", "satisfaction"), reverse=True)
    n = len(ordered)
    k = tier_size(n, policy)
    bottom = bottom_size(n, k, policy)
    orders = {frozenset(order.engagements): order for order in tie_orders}
    placements: list[Placement] = []
    ties: list[TieGroup] = []
    issues: list[Issue] = []
    position = 0
    settled = []
    for _, members_iter in groupby(ordered, key=attrgetter("total", "bonus", "satisfaction")):
        members = list(members_iter)
        first = position + 1
        last = position + len(members)
        position = last
        base = [_position_tier(p, n, k, bottom) for p in range(first, last + 1)]
        straddles = len(set(base)) > 1
        # Doubt (R14): a group spanning both boundaries (from 第一档 to 第三档, possible only
        # when n is small) all gets 第一档 here, "the better tier" read as the best one the
        # group reaches; the other reading settles each boundary on its own, giving the
        # members from 第三档 only 第二档.
        order = orders.get(frozenset(m.id for m in members)) if straddles else None
        if straddles and policy.boundary_ties == "manual" and order is not None:
            # Doubt (R12/R14): the recorded order decides positions and tiers; the members
            # keep their shared rank, since their scores are still equal (the other reading
            # gives them successive ranks in the recorded order).
            by_id = {m.id: m for m in members}
            members = [by_id[i] for i in order.engagements]
            tiers = base
        elif straddles:
            tiers = [min(base)] * len(members)
            if policy.boundary_ties == "manual":
                issues.append(_unresolved(members, first, last))
        else:
            tiers = base
        group = _tie_group(members, base, tiers, first, last, policy) if straddles else None
        if group is not None:
            ties.append(group)
        settled.append((members, first, tiers, group, order))
    text = _shape_text(n, k, bottom, policy) + _tied_sizes(settled, k, bottom)
    shape = _Shape(n, k, bottom, text, _tier_steps(policy))
    for members, first, tiers, group, order in settled:
        rank_steps = _rank_steps(members, first, n)
        for offset, member in enumerate(members):
            steps = _trace(rank_steps[offset], first + offset, tiers[offset], shape)
            if group is not None:
                steps.insert(-1, _tie_step(group, order, policy))
            placements.append(
                Placement(
                    id=member.id,
                    position=first + offset,
                    rank=first,
                    tier=tiers[offset],
                    tied_at_boundary=group is not None,
                    trace=tuple(steps),
                )
            )
    return Ranking(tuple(placements), tuple(ties), tuple(issues), n, k, bottom)


def _tie_group(
    members: Sequence[Candidate],
    base: Sequence[Tier],
    tiers: Sequence[Tier],
    first: int,
    last: int,
    policy: Policy,
) -> TieGroup:
    """R14 §4.4: how many the favourable reading lifts, and what that costs beyond the pool."""
    lifted = [(b, t) for b, t in zip(base, tiers, strict=True) if t < b]
    cost = sum((tier_amount(t, policy) - tier_amount(b, policy) for b, t in lifted), ZERO)
    boundary = 1 if Tier.FIRST in base else 3
    return TieGroup(
        engagements=tuple(m.id for m in members),
        boundary=boundary,
        positions=(first, last),
        extra=len(lifted),
        cost=cost,
    )


def _unresolved(members: Sequence[Candidate], first: int, last: int) -> Issue:
    ids = "、".join(m.id for m in members)
    return Issue(
        code="tie_unresolved",
        message=(
            f"结对 {ids} 总分、加分、满意度均相同（第 {first}–{last} 位），跨越档次分界；"
            "按现行规定须由区司法局记录排序及理由后方可定案"
        ),
        engagement=members[0].id,
    )


@dataclass(frozen=True)
class _Shape:
    """The tier sizes of the year (R13): n ranked, k in 第一档, `bottom` in 第三档."""

    n: int
    k: int
    bottom: int
    text: str  # the R13 arithmetic, the same for every engagement of the year
    tier_steps: dict[Tier, TraceStep]


TIER_NAMES = {Tier.FIRST: "第一档", Tier.SECOND: "第二档", Tier.THIRD: "第三档"}


def _rank_steps(members: Sequence[Candidate], rank_: int, n: int) -> list[TraceStep]:
    """R12 §4.4: how each member of a group with equal keys was placed, with numbers.

    A member of a shared rank names the others: the group's words and ids are kept once
    and each member's text is written when read (shared_rank.py).
    """
    one = members[0]
    head = _head(one, n)
    if len(members) == 1:
        return [TraceStep("R12", "§4.4", f"{head}排名第 {rank_} 名")]
    # Equal keys are written alike unless a key has another exponent or sign (80.5 and
    # 80.50, 0 and -0): never so in the engine, whose parts are rounded to the cent.
    odd = {i: _head(m, n) + "与 " for i, m in enumerate(members) if _written_otherwise(m, one)}
    tail = f" 总分、加分、满意度均相同，并列第 {rank_} 名（并列者按社区代码、结对编号先后列示）"
    group = SharedRank(head + "与 ", odd, tail, [m.id for m in members])
    return [SharedRankStep(group, i) for i in range(len(members))]


def _written_otherwise(a: Candidate, b: Candidate) -> bool:
    """Whether a key of `a` has another representation than in `b` (compare_total ≠ 0)."""
    return bool(
        a.total.compare_total(b.total)
        or a.bonus.compare_total(b.bonus)
        or a.satisfaction.compare_total(b.satisfaction)
    )


def _head(member: Candidate, n: int) -> str:
    return (
        f"全区 {n} 个满一年的结对按总分从高到低排序，同分依次比较加分、满意度评价"
        f"（基础履职分不能再区分总分、加分、满意度均相同者）：总分 {member.total}、"
        f"加分 {member.bonus}、满意度 {member.satisfaction}，"
    )


def _trace(placed: TraceStep, position: int, tier: Tier, shape: _Shape) -> list[TraceStep]:
    """R12/R13 §4.4: how the engagement was placed (`placed`, from _rank_steps) and which
    tier that gives, with numbers."""
    return [
        placed,
        TraceStep("R13", "§4.4", f"{shape.text}；本结对位于第 {position} 位 → {TIER_NAMES[tier]}"),
        shape.tier_steps[tier],
    ]


def _tied_sizes(
    settled: Sequence[tuple[Sequence[Candidate], int, Sequence[Tier], TieGroup | None, object]],
    k: int,
    bottom: int,
) -> str:
    """R14: when a tie across a boundary changes how many are in 第一档 or 第三档, every
    engagement's R13 step says so — not only the tied ones' (a lawyer reading "末 19 名"
    would otherwise count 19 where 18 are paid 10000)."""
    if not any(group is not None for _, _, _, group, _ in settled):
        return ""
    first = sum(t == Tier.FIRST for _, _, tiers, _, _ in settled for t in tiers)
    third = sum(t == Tier.THIRD for _, _, tiers, _, _ in settled for t in tiers)
    if (first, third) == (k, bottom):
        return ""
    return f"；因跨档同分（R14），实际第一档 {first} 个、第三档 {third} 个"


def _shape_text(n: int, k: int, bottom: int, policy: Policy) -> str:
    text = f"k = ⌊{n} × {plain(policy.tier_share)}%⌋ = {k}；"
    if k == 0:
        return text + f"排名人数 {n} 不足以产生第一档、第三档，全部列入第二档"
    text += (
        f"第一档为前 {k} 名（第 1–{k} 位），第三档为末 {bottom} 名（第 {n - bottom + 1}–{n} 位）"
    )
    if bottom > k:
        text += f"（按“排名第 90% 者并入第三档”的解读，第 {n - bottom + 1} 位并入第三档）"
    return text


def _tier_steps(policy: Policy) -> dict[Tier, TraceStep]:
    return {
        tier: TraceStep("R13", "§4.4", f"{name}补贴 {tier_amount(tier, policy)} 元/社区（村）/年")
        for tier, name in TIER_NAMES.items()
    }


def _tie_step(group: TieGroup, order: TieOrder | None, policy: Policy) -> TraceStep:
    """R14 §4.4: the tied group across a boundary, how it was settled and what that costs."""
    ids = "、".join(group.engagements)
    if order is not None:
        how = f"按区司法局记录的排序（理由：{order.reason}）确定档次"
    else:
        better = "第一档" if group.boundary == 1 else "第二档"
        how = (
            f"均按较优的{better}（对律师最有利的解释），因此多 {group.extra} 个结对"
            f"{'进入第一档' if group.boundary == 1 else '免入第三档'}，"
            f"超出按位次计发 {group.cost} 元"
        )
        if policy.boundary_ties == "manual":
            how = "按现行规定待区司法局记录排序及理由后定案；暂" + how
    return TraceStep(
        "R14",
        "§4.4",
        f"{ids} 同分（总分、加分、满意度均相同），占第 {group.positions[0]}–"
        f"{group.positions[1]} 位，跨越档次分界：{how}",
    )
