package io.debrief.aohost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database the sandbox runs on keeps its data across restarts and behaves transactionally. */
class AoDatabasesTest {

    @Table("NOTE")
    public interface Note extends Entity {
        @NotNull
        @Unique
        String getTitle();

        void setTitle(String title);
    }

    @Test
    void anH2FileDatabaseKeepsItsRowsAfterARestart(@TempDir Path folder) {
        // given
        try (EntityManagerActiveObjects first = AoDatabases.h2File(folder)) {
            first.migrate(Note.class);
            first.create(Note.class, new DBParam("TITLE", "kept"));
        }

        // when
        try (EntityManagerActiveObjects restarted = AoDatabases.h2File(folder)) {
            restarted.migrate(Note.class);

            // then
            assertThat(restarted.find(Note.class)).extracting(Note::getTitle).containsExactly("kept");
        }
    }

    @Test
    void aTransactionSeesWhatAnotherCommittedMeanwhileAsAtJirasReadCommitted() throws Exception {
        try (EntityManagerActiveObjects ao = AoDatabases.h2InMemory("readcommitted")) {
            // given: a transaction that has counted the notes once
            ao.migrate(Note.class);
            java.util.concurrent.CountDownLatch counted = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<int[]> seen = other.submit(() -> ao.executeInTransaction(() -> {
                    int before = ao.count(Note.class);
                    counted.countDown();
                    await(written);
                    return new int[] {before, ao.count(Note.class)};
                }));

                // when: another connection writes a note and commits while that transaction is open
                await(counted);
                ao.create(Note.class, new DBParam("TITLE", "meanwhile"));
                written.countDown();

                // then: its second count sees it (SERIALIZABLE or REPEATABLE READ would still say 0)
                assertThat(seen.get(30, java.util.concurrent.TimeUnit.SECONDS)).containsExactly(0, 1);
            } finally {
                other.shutdownNow();
            }
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailedTransactionLeavesNothingAndTheNextOneOnTheSameThreadWorks() {
        try (EntityManagerActiveObjects ao = AoDatabases.h2InMemory("aodatabasestest")) {
            // given
            ao.migrate(Note.class);

            // when
            assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                        ao.create(Note.class, new DBParam("TITLE", "first"));
                        return ao.create(Note.class, new DBParam("TITLE", "first"));
                    }))
                    .isInstanceOf(AoSqlException.class);
            ao.executeInTransaction(() -> ao.create(Note.class, new DBParam("TITLE", "second")));

            // then
            assertThat(ao.find(Note.class)).extracting(Note::getTitle).containsExactly("second");
        }
    }
}
