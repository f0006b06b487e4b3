package cn.gridbot.gridevent.persistence;

/** Receives the key the database generated for an inserted row. */
class GeneratedId {

    private Long id;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }
}
