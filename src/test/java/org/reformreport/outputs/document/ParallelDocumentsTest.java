package org.reformreport.outputs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelDocumentsTest {

    @Test
    void documentsAreWrittenAtOnceOnTheThreadsGiven() throws IOException {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ParallelDocuments documents = new ParallelDocuments(2);
        for (int i = 0; i < 2; i++) {
            documents.add(() -> {
                threads.add(Thread.currentThread().getName());
                bothStarted.countDown();
                try {
                    // each waits for the other: they can only both end if they ran at once
                    if (!bothStarted.await(10, TimeUnit.SECONDS)) {
                        throw new IOException("ran one after the other");
                    }
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            });
        }
        documents.writeAll();
        assertThat(threads).hasSize(2).allMatch(t -> t.startsWith("district-documents-"));
    }

    @Test
    void aFailureIsThrownOnceEveryOtherDocumentHasEnded() {
        Set<String> ended = ConcurrentHashMap.newKeySet();
        ParallelDocuments documents = new ParallelDocuments(2);
        documents.add(() -> {
            throw new IOException("disk full");
        });
        documents.add(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            ended.add("slow");
        });
        documents.add(() -> ended.add("third"));
        assertThatThrownBy(documents::writeAll).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(ended).containsExactlyInAnyOrder("slow", "third");
    }

    @Test
    void oneThreadWritesInTheOrderAdded() throws IOException {
        StringBuilder order = new StringBuilder();
        ParallelDocuments documents = new ParallelDocuments(1);
        documents.add(() -> order.append("pdf "));
        documents.add(() -> order.append("docx"));
        documents.writeAll();
        assertThat(order).hasToString("pdf docx");
    }
}
