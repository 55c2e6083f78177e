package io.auditpack.audit;

import io.auditpack.domain.Framework;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.RemediationItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups gaps into work items (one per control with gaps, one per requirement without a control) and ranks them:
 * (1) frameworks closed, descending; (2) worst gap weight, descending (missing_control 4,
 * missing_operational_record 3, inconsistent_performance 2, missing_documentation 1); (3) gaps closed,
 * descending; (4) item ID ascending. Priority is the 1-based rank; each gap takes its item's priority.
 */
final class RemediationPlanner {
    static final Comparator<RemediationItem> PRIORITY = Comparator.comparingInt(
                    (RemediationItem i) -> i.frameworks().size())
            .reversed()
            .thenComparing(
                    Comparator.comparingInt(RemediationPlanner::worstWeight).reversed())
            .thenComparing(Comparator.comparingInt(RemediationItem::gapCount).reversed())
            .thenComparing(RemediationItem::id);

    private RemediationPlanner() {}

    static int weight(GapType type) {
        return switch (type) {
            case MISSING_CONTROL -> 4;
            case MISSING_OPERATIONAL_RECORD -> 3;
            case INCONSISTENT_PERFORMANCE -> 2;
            case MISSING_DOCUMENTATION -> 1;
        };
    }

    static RemediationPlan plan(List<OpenGap> gaps) {
        Map<String, List<OpenGap>> byItem = new LinkedHashMap<>();
        gaps.forEach(
                g -> byItem.computeIfAbsent(g.itemId(), k -> new ArrayList<>()).add(g));
        List<RemediationItem> unranked = byItem.entrySet().stream()
                .map(e -> item(0, e.getKey(), e.getValue()))
                .sorted(PRIORITY)
                .toList();
        List<RemediationItem> items = new ArrayList<>();
        Map<String, Integer> rank = new HashMap<>();
        for (RemediationItem item : unranked) {
            int priority = items.size() + 1;
            rank.put(item.id(), priority);
            items.add(item(priority, item.id(), Objects.requireNonNull(byItem.get(item.id()), item.id())));
        }
        Comparator<OpenGap> order = Comparator.comparingInt((OpenGap g) -> rankOf(rank, g))
                .thenComparing(OpenGap::type)
                .thenComparing(OpenGap::framework)
                .thenComparingInt(OpenGap::order)
                .thenComparing(OpenGap::control);
        List<Gap> ranked = gaps.stream()
                .sorted(order)
                .map(g -> new Gap(g.type(), g.framework(), g.requirement(), g.control(), g.owner(), rankOf(rank, g)))
                .toList();
        return new RemediationPlan(items, ranked);
    }

    private static int rankOf(Map<String, Integer> rank, OpenGap gap) {
        return Objects.requireNonNull(rank.get(gap.itemId()), gap.itemId());
    }

    private static RemediationItem item(int priority, String id, List<OpenGap> gaps) {
        OpenGap first = gaps.get(0);
        List<GapType> types = gaps.stream()
                .map(OpenGap::type)
                .distinct()
                .sorted(Comparator.comparingInt(RemediationPlanner::weight).reversed())
                .toList();
        Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
        gaps.forEach(g -> frameworks.add(g.framework()));
        List<String> closes = gaps.stream()
                .sorted(Comparator.comparingInt(OpenGap::order))
                .map(OpenGap::qualifiedRequirement)
                .distinct()
                .toList();
        return new RemediationItem(
                Math.max(priority, 0),
                id,
                first.control(),
                first.owner(),
                types,
                frameworks,
                closes,
                gaps.size(),
                RemediationAction.describe(first, types, closes));
    }

    private static int worstWeight(RemediationItem item) {
        return item.gapTypes().stream()
                .mapToInt(RemediationPlanner::weight)
                .max()
                .orElse(0);
    }
}
