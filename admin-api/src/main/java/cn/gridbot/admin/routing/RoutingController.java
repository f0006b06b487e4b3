package cn.gridbot.admin.routing;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;
import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridRouter;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/routing/preview}: how GridBot would classify and route a message. Nothing
 * is stored. An {@code openid} is looked up in the register only within the caller's units: a resident
 * registered elsewhere is routed as if no openid had been given, so the preview reveals nobody's home grid.
 */
@RestController
@RequestMapping("/api/v1/routing")
class RoutingController {

    record PreviewRequest(@NotBlank @Size(max = 2000) String text, Double longitude, Double latitude, String openid) {
    }

    record Preview(String category, String categoryLabel, double confidence, boolean urgent, String gridCode,
            String matchedBy, String unitCode, String unitName, String dispatcherCode) {
    }

    private final Classifier classifier;
    private final GridRouter router;
    private final GridCatalog grids;

    RoutingController(Classifier classifier, GridRouter router, GridCatalog grids) {
        this.classifier = classifier;
        this.router = router;
        this.grids = grids;
    }

    @PostMapping("/preview")
    Preview preview(@Valid @RequestBody PreviewRequest request, Principal principal) {
        Classification c = classifier.classify(request.text());
        GeoPoint point = point(request);
        GridMatch match = router.route(request.text(), point, blankToNull(request.openid()));
        if (match.matchedBy() == MatchedBy.REGISTERED && !principal.covers(match.unit().path())) {
            match = router.route(request.text(), point, null);
        }
        GridUnit unit = match.unit();
        GridUnit dispatcher = unit == null ? null : grids.directory().dispatcherOf(unit);
        return new Preview(c.category().name(), c.category().label(), round(c.confidence()),
                c.category() == Category.EMERGENCY, match.gridCode(), match.matchedBy().name(),
                unit == null ? null : unit.code(), unit == null ? null : unit.name(),
                dispatcher == null ? null : dispatcher.code());
    }

    private static GeoPoint point(PreviewRequest request) {
        if (request.longitude() == null && request.latitude() == null) {
            return null;
        }
        if (request.longitude() == null || request.latitude() == null) {
            throw DomainException.invalid("coordinates", "Give both longitude and latitude, or neither");
        }
        return new GeoPoint(request.longitude(), request.latitude());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
