package cn.gridbot.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * An immutable, indexed snapshot of the grid tree: polygons in an R-tree for point-in-polygon, and
 * place keywords in an Aho–Corasick automaton for matching inside free text.
 */
public final class GridDirectory {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** What joins the parts of one written address: house numbers, "号", "附", dashes, spaces. */
    private static final Pattern ADDRESS_GLUE = Pattern.compile("[0-9０-９一二三四五六七八九十百零〇号附之\\-—\\s]*");

    private final Map<String, GridUnit> byCode;
    private final Map<String, List<GridUnit>> children;
    private final STRtree polygons = new STRtree();
    private final AhoCorasickDoubleArrayTrie<String> keywords;
    private final boolean hasKeywords;

    private record IndexedGrid(GridUnit unit, PreparedGeometry shape, double area) {
    }

    /** A keyword found in a text and the unit it names. */
    public record PlaceMention(GridUnit unit, String keyword, int position) {
    }

    private GridDirectory(Collection<GridUnit> units) {
        byCode = new LinkedHashMap<>();
        units.stream().sorted(Comparator.comparing(GridUnit::path)).forEach(u -> byCode.put(u.code(), u));
        children = new HashMap<>();
        for (GridUnit unit : byCode.values()) {
            if (unit.parentCode() != null) {
                children.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
            }
            if (unit.isGrid() && unit.geometry() != null && !unit.geometry().isEmpty()) {
                polygons.insert(unit.geometry().getEnvelopeInternal(), new IndexedGrid(unit,
                        PreparedGeometryFactory.prepare(unit.geometry()), unit.geometry().getArea()));
            }
        }
        polygons.build();
        TreeMap<String, String> places = keywordOwners();
        keywords = new AhoCorasickDoubleArrayTrie<>();
        hasKeywords = !places.isEmpty();
        if (hasKeywords) {
            keywords.build(places);
        }
    }

    public static GridDirectory of(Collection<GridUnit> units) {
        return new GridDirectory(units);
    }

    public static GridDirectory empty() {
        return new GridDirectory(List.of());
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    public Optional<GridUnit> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public Collection<GridUnit> all() {
        return byCode.values();
    }

    public List<GridUnit> roots() {
        return byCode.values().stream().filter(u -> u.parentCode() == null || !byCode.containsKey(u.parentCode()))
                .toList();
    }

    public List<GridUnit> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    /**
     * The unit's ancestor-or-self at {@code level}; where the tree skips that level, the nearest unit above
     * it. Empty for a code the directory does not hold.
     */
    public Optional<GridUnit> ancestorAt(String code, UnitLevel level) {
        GridUnit unit = byCode.get(code);
        GridUnit current = unit;
        while (current != null && current.level().ordinal() > level.ordinal()) {
            current = current.parentCode() == null ? null : byCode.get(current.parentCode());
        }
        return Optional.ofNullable(current == null ? unit : current);
    }

    /** The units at {@code level} in the subtree under {@code code}, wherever they sit in it. */
    public List<GridUnit> descendantsAt(String code, UnitLevel level) {
        List<GridUnit> found = new ArrayList<>();
        List<GridUnit> pending = new ArrayList<>(childrenOf(code));
        while (!pending.isEmpty()) {
            GridUnit unit = pending.remove(pending.size() - 1);
            if (unit.level() == level) {
                found.add(unit);
            } else if (unit.level().ordinal() < level.ordinal()) {
                pending.addAll(childrenOf(unit.code()));
            }
        }
        return found;
    }

    /** The GRID whose polygon covers the point; on a shared edge the smaller grid wins. */
    public Optional<GridUnit> gridAt(double longitude, double latitude) {
        Point point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<IndexedGrid> candidates = polygons.query(new Envelope(point.getCoordinate()));
        return candidates.stream()
                .filter(c -> c.shape().covers(point))
                .min(Comparator.comparingDouble(IndexedGrid::area))
                .map(IndexedGrid::unit);
    }

    /**
     * The place the text names: a grid keyword beats a township or community name; among those the
     * longest keyword wins. Between two of equal length, the one named first wins, unless both are
     * parts of one address ("滨河路112号紫薇苑"): Chinese addresses run from the general to the
     * particular, so the later part is the more precise.
     */
    public Optional<PlaceMention> placeIn(String text) {
        if (!hasKeywords || text == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<PlaceMention> mentions = new ArrayList<>();
        keywords.parseText(text.toCharArray(), (begin, end, code) -> mentions.add(
                new PlaceMention(byCode.get(code), text.substring(begin, end), begin)));
        PlaceMention best = null;
        for (PlaceMention m : mentions) {
            if (best == null || better(m, best, text)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(PlaceMention candidate, PlaceMention best, String text) {
        if (candidate.unit().isGrid() != best.unit().isGrid()) {
            return candidate.unit().isGrid();
        }
        if (candidate.keyword().length() != best.keyword().length()) {
            return candidate.keyword().length() > best.keyword().length();
        }
        PlaceMention first = candidate.position() < best.position() ? candidate : best;
        PlaceMention later = first == candidate ? best : candidate;
        int gapStart = first.position() + first.keyword().length();
        boolean oneAddress = gapStart <= later.position()
                && ADDRESS_GLUE.matcher(text.substring(gapStart, later.position())).matches();
        return oneAddress ? candidate == later : candidate == first;
    }

    /** The unit whose queue takes events of this unit: itself when it dispatches, else its nearest dispatching ancestor. */
    public GridUnit dispatcherOf(GridUnit unit) {
        GridUnit current = unit;
        while (current != null) {
            if (current.level().dispatches()) {
                return current;
            }
            current = byCode.get(current.parentCode());
        }
        return unit;
    }

    /** The root that takes events nobody could place: the county, or the first root when there are several. */
    public Optional<GridUnit> fallbackUnit() {
        return roots().stream().min(Comparator.comparing(GridUnit::level).thenComparing(GridUnit::code));
    }

    /** Keyword to owning unit; a keyword several units share names their nearest common ancestor. */
    private TreeMap<String, String> keywordOwners() {
        Map<String, String> owners = new HashMap<>();
        for (GridUnit unit : byCode.values()) {
            for (String keyword : unit.keywords()) {
                String k = keyword.strip();
                if (k.length() < 2) {
                    continue;
                }
                owners.merge(k, unit.code(), this::commonAncestor);
            }
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        owners.forEach((k, code) -> {
            if (!code.isEmpty()) {
                sorted.put(k, code);
            }
        });
        return sorted;
    }

    private String commonAncestor(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        String pathA = byCode.get(a).path();
        String pathB = byCode.get(b).path();
        String[] partsA = pathA.split("/");
        String[] partsB = pathB.split("/");
        String common = null;
        for (int i = 1; i < Math.min(partsA.length, partsB.length); i++) {
            if (!partsA[i].equals(partsB[i])) {
                break;
            }
            common = partsA[i];
        }
        return common == null ? "" : common;
    }
}
