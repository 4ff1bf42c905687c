package org.griddesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/**
 * Document content that BouncyCastle reads exactly once, straight from the stream, so a large
 * document is digested without being held in memory.
 */
final class StreamedContent implements CMSTypedData {
    private final InputStream in;
    private long length = -1;

    StreamedContent(InputStream in) {
        this.in = in;
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        if (length >= 0) {
            throw new IOException("document stream was already read");
        }
        length = in.transferTo(out);
    }

    /** Non-null so that the generator digests the content; it is never encapsulated. */
    @Override
    public Object getContent() {
        return in;
    }

    long length() {
        return length;
    }
}
