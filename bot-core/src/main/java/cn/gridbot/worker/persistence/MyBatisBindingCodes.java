package cn.gridbot.worker.persistence;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import cn.gridbot.worker.BindingCodes;

@Repository
class MyBatisBindingCodes implements BindingCodes {

    private final BindingCodeMapper mapper;

    MyBatisBindingCodes(BindingCodeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean issue(String codeHash, String workerCode, Instant expiresAt, String issuedBy, Instant at) {
        mapper.retire(workerCode, at);
        try {
            return mapper.insert(codeHash, workerCode, expiresAt, at, issuedBy) == 1;
        } catch (DuplicateKeyException sameDigitsLive) {
            return false;
        }
    }

    @Override
    public Optional<String> workerOf(String codeHash, Instant now) {
        return Optional.ofNullable(mapper.selectLiveWorker(codeHash, now));
    }

    @Override
    public boolean use(String codeHash, Instant now) {
        return mapper.use(codeHash, now) == 1;
    }
}
