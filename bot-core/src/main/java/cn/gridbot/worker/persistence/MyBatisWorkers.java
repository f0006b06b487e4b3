package cn.gridbot.worker.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

@Repository
class MyBatisWorkers implements Workers {

    private final WorkerMapper mapper;
    private final Clock clock;

    MyBatisWorkers(WorkerMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<Worker> findByCode(String code) {
        return Optional.ofNullable(mapper.selectByCode(code));
    }

    @Override
    public Optional<Worker> findByOpenid(String openid) {
        return Optional.ofNullable(mapper.selectByOpenid(openid));
    }

    @Override
    public List<Worker> findByUnit(String unitCode) {
        return mapper.selectByUnit(unitCode);
    }

    @Override
    public Page<Worker> list(String unitPath, PageRequest page) {
        return new Page<>(mapper.selectPage(unitPath, page.size(), page.offset()), page.page(), page.size(),
                mapper.count(unitPath));
    }

    @Override
    public boolean upsert(Worker worker) {
        if (mapper.selectByCode(worker.code()) == null) {
            mapper.insert(worker, clock.instant());
            return true;
        }
        mapper.update(worker, clock.instant());
        return false;
    }
}
