package org.griddesk.persistence.cases;

import java.io.InputStream;
import java.util.function.IntFunction;

/** Reads a document one stored piece at a time: at most one 1 MiB piece is in memory. */
final class ChunkInputStream extends InputStream {
    private final IntFunction<byte[]> pieceBySeq;
    private byte[] piece = new byte[0];
    private int position;
    private int nextSeq;
    private boolean finished;

    /** {@code pieceBySeq} returns null after the last piece. */
    ChunkInputStream(IntFunction<byte[]> pieceBySeq) {
        this.pieceBySeq = pieceBySeq;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == piece.length) {
            if (finished) {
                return -1;
            }
            byte[] next = pieceBySeq.apply(nextSeq++);
            if (next == null) {
                finished = true;
                return -1;
            }
            piece = next;
            position = 0;
        }
        int count = Math.min(length, piece.length - position);
        System.arraycopy(piece, position, buffer, offset, count);
        position += count;
        return count;
    }
}
