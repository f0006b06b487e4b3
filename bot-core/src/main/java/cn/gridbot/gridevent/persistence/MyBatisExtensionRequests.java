package cn.gridbot.gridevent.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.gridevent.ExtensionRequest;
import cn.gridbot.gridevent.ExtensionRequests;

/** Extension requests in {@code extension_request}; a decision is written only over a request still pending. */
@Repository
class MyBatisExtensionRequests implements ExtensionRequests {

    private final ExtensionMapper mapper;

    MyBatisExtensionRequests(ExtensionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ExtensionRequest add(ExtensionRequest request) {
        GeneratedId key = new GeneratedId();
        mapper.insert(ExtensionRow.of(request), key);
        return mapper.selectById(key.getId()).toRequest();
    }

    @Override
    public Optional<ExtensionRequest> findById(long id) {
        return Optional.ofNullable(mapper.selectById(id)).map(ExtensionRow::toRequest);
    }

    @Override
    public Page<ExtensionRequest> list(ExtensionRequest.Status status, String unitPath, PageRequest page) {
        String state = status == null ? null : status.name();
        long total = mapper.count(state, unitPath);
        List<ExtensionRequest> items = total <= page.offset() ? List.of()
                : mapper.search(state, unitPath, page.size(), page.offset()).stream().map(ExtensionRow::toRequest).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public int countStanding(String eventNumber) {
        return mapper.countStanding(eventNumber);
    }

    @Override
    public boolean hasPending(String eventNumber) {
        return mapper.countPending(eventNumber) > 0;
    }

    @Override
    public boolean decide(ExtensionRequest decided) {
        return mapper.decide(ExtensionRow.of(decided)) == 1;
    }
}
