package org.griddesk.persistence.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.persistence.database.Timestamps;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.DOCUMENT_CHUNK;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_CONTENT;

/** Document bytes in 1 MiB rows: one piece in memory at a time, both ways. */
public final class JooqDocumentStore implements DocumentStore {
    static final int CHUNK_BYTES = 1024 * 1024;

    private final DSLContext dsl;
    private final Clock clock;

    public JooqDocumentStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public StoredContent store(InputStream content, long maxBytes) {
        // Its own (nested) transaction: a refused or broken upload leaves no pieces behind.
        return dsl.transactionResult(() -> {
            long contentId = dsl.insertInto(DOCUMENT_CONTENT)
                    .set(DOCUMENT_CONTENT.SIZE, 0L)
                    .set(DOCUMENT_CONTENT.SHA256, "")
                    .set(DOCUMENT_CONTENT.CREATED_AT, Timestamps.toColumn(clock.instant()))
                    .returning(DOCUMENT_CONTENT.ID)
                    .fetchSingle(DOCUMENT_CONTENT.ID);
            MessageDigest sha256 = sha256();
            long size = 0;
            int seq = 0;
            byte[] piece;
            while ((piece = read(content)).length > 0) {
                size += piece.length;
                if (size > maxBytes) {
                    throw new ValidationException("Максимальный размер файла " + maxBytes / (1024 * 1024) + " МБ");
                }
                sha256.update(piece);
                dsl.insertInto(DOCUMENT_CHUNK)
                        .set(DOCUMENT_CHUNK.CONTENT_ID, contentId)
                        .set(DOCUMENT_CHUNK.SEQ, seq++)
                        .set(DOCUMENT_CHUNK.BYTES, piece)
                        .execute();
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            dsl.update(DOCUMENT_CONTENT)
                    .set(DOCUMENT_CONTENT.SIZE, size)
                    .set(DOCUMENT_CONTENT.SHA256, hash)
                    .where(DOCUMENT_CONTENT.ID.eq(contentId))
                    .execute();
            return new StoredContent(contentId, size, hash);
        });
    }

    @Override
    public void copyTo(long contentId, OutputStream target) {
        try (InputStream content = open(contentId)) {
            content.transferTo(target);
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(long contentId) {
        if (!dsl.fetchExists(DOCUMENT_CONTENT, DOCUMENT_CONTENT.ID.eq(contentId))) {
            throw new NotFoundException("Файл документа не найден: возможно, документ удалён");
        }
        return new ChunkInputStream(seq -> dsl.select(DOCUMENT_CHUNK.BYTES).from(DOCUMENT_CHUNK)
                .where(DOCUMENT_CHUNK.CONTENT_ID.eq(contentId).and(DOCUMENT_CHUNK.SEQ.eq(seq)))
                .fetchOptional(DOCUMENT_CHUNK.BYTES).orElse(null));
    }

    @Override
    public void delete(long contentId) {
        dsl.deleteFrom(DOCUMENT_CONTENT).where(DOCUMENT_CONTENT.ID.eq(contentId)).execute();
    }

    private static byte[] read(InputStream content) {
        try {
            return content.readNBytes(CHUNK_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document being uploaded", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
