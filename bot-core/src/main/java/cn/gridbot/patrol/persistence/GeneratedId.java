package cn.gridbot.patrol.persistence;

/** Receives the key the database generated for an inserted patrol. */
class GeneratedId {

    private Long id;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }
}
