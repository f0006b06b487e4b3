package cn.gridbot.gridevent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.gridbot.gridevent.Attachment;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;

@Mapper
interface GridEventMapper {

    int insert(@Param("row") GridEventRow row, @Param("key") GeneratedId key);

    int update(GridEventRow row);

    GridEventRow selectByNumber(String number);

    List<GridEventRow> search(@Param("q") EventQuery query, @Param("ascending") boolean ascending,
            @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("q") EventQuery query);

    long countInScope(@Param("path") String unitPath);


    List<GridEventRow> searchBefore(@Param("q") EventQuery query, @Param("before") Long beforeId, @Param("limit") int limit);

    List<GridEventRow> selectRecentByReporter(@Param("openid") String openid, @Param("limit") int limit);

    List<Map<String, Object>> openLoad(@Param("workers") List<String> workerCodes, @Param("open") Set<EventStatus> open);

    String selectLastNumberWithPrefix(String prefix);

    GridEventRow selectLatestUnrated(@Param("openid") String openid, @Param("done") Set<EventStatus> done);

    int insertAttachment(@Param("eventId") long eventId, @Param("a") Attachment attachment);

    List<Attachment> selectAttachments(long eventId);

    int insertTimeline(@Param("rows") List<TimelineRow> rows);

    List<TimelineRow> selectTimeline(long eventId);

    List<GridEventRow> selectWatch(@Param("step") String step, @Param("statuses") Set<EventStatus> statuses,
            @Param("before") Instant before,
            @Param("limit") int limit);


    int updateUnitPath(@Param("unitCode") String unitCode, @Param("path") String path);


    void addToIdBlocks(@Param("blocks") List<IdBlock> blocks);

    List<IdBlock> selectIdBlocks(@Param("ascending") boolean ascending);

    List<GridEventRow> searchFromBoundary(@Param("ascending") boolean ascending, @Param("boundary") long boundary,
            @Param("limit") int limit, @Param("offset") long offset);
}
