package io.cascade.learning.internal;

import io.cascade.learning.StoryItem;
import io.cascade.learning.StoryKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Service stories with their author, department and course names, newest first. */
@Component
public class StoryStore {

    private static final String SELECT = """
            select s.id, s.kind, s.title, s.what_happened, s.what_learned,
                   concat(p.first_name, ' ', p.last_name), d.name, s.course_id, c.title, s.featured, s.hidden,
                   s.created_at
            from service_story s
            join person p on p.id = s.author_id
            join department d on d.id = s.department_id
            join course c on c.id = s.course_id
            """;

    private final JdbcClient jdbc;

    StoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long authorId, long departmentId, long courseId, StoryKind kind, String title,
            String whatHappened, String whatLearned, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into service_story (author_id, course_id, department_id, kind, title, what_happened,
                  what_learned, created_at) values (:author, :course, :department, :kind, :title, :happened,
                  :learned, :at)""")
                .param("author", authorId).param("course", courseId).param("department", departmentId)
                .param("kind", kind.name()).param("title", title).param("happened", whatHappened)
                .param("learned", whatLearned).param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Visible stories, featured first; with {@code includeHidden} also those hidden by a moderator. */
    public List<StoryItem> list(boolean includeHidden, int limit) {
        return jdbc.sql(SELECT + (includeHidden ? "" : " where s.hidden = false")
                        + " order by s.featured desc, s.created_at desc, s.id desc limit :limit")
                .param("limit", limit).query(StoryStore::item).list();
    }

    public List<StoryItem> featured(int limit) {
        return jdbc.sql(SELECT + " where s.featured = true and s.hidden = false order by s.created_at desc, s.id desc"
                        + " limit :limit")
                .param("limit", limit).query(StoryStore::item).list();
    }

    public List<StoryItem> featuredOf(long courseId, int limit) {
        return jdbc.sql(SELECT + " where s.course_id = :course and s.featured = true and s.hidden = false"
                        + " order by s.created_at desc, s.id desc limit :limit")
                .param("course", courseId).param("limit", limit).query(StoryStore::item).list();
    }

    /** Sets the flags; returns false when the story does not exist. */
    public boolean moderate(long storyId, boolean featured, boolean hidden) {
        return jdbc.sql("update service_story set featured = :featured, hidden = :hidden where id = :id")
                .param("featured", featured).param("hidden", hidden).param("id", storyId).update() == 1;
    }

    public java.util.Optional<StoryItem> find(long storyId) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", storyId).query(StoryStore::item).optional();
    }

    private static StoryItem item(ResultSet rs, int row) throws SQLException {
        return new StoryItem(rs.getLong(1), StoryKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                rs.getBoolean(10), rs.getBoolean(11),
                rs.getObject(12, LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
