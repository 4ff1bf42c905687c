package org.griddesk.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.bouncycastle.util.encoders.Hex;

/** Reads the key names and the readable certificates of a PFX without its password. */
final class Pkcs12Listing {
    private Pkcs12Listing() {
    }

    static List<KeyEntry> entries(byte[] pfxBytes) throws IOException {
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(pfxBytes);
        List<PKCS12SafeBag> bags = new ArrayList<>();
        for (ContentInfo info : pfx.getContentInfos()) {
            bags.addAll(readableBags(info));
        }
        Map<String, X509CertificateHolder> certificatesByKeyId = new HashMap<>();
        for (PKCS12SafeBag bag : bags) {
            if (bag.getType().equals(PKCSObjectIdentifiers.certBag) && localKeyId(bag) != null) {
                certificatesByKeyId.put(localKeyId(bag), (X509CertificateHolder) bag.getBagValue());
            }
        }
        List<KeyEntry> entries = new ArrayList<>();
        for (PKCS12SafeBag bag : bags) {
            if (bag.getType().equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)
                    || bag.getType().equals(PKCSObjectIdentifiers.keyBag)) {
                String keyId = localKeyId(bag);
                String name = friendlyName(bag);
                String alias = name != null ? name : keyId != null ? keyId : "ключ " + (entries.size() + 1);
                entries.add(KeyEntry.of(alias, toX509(keyId == null ? null : certificatesByKeyId.get(keyId))));
            }
        }
        return entries;
    }

    /** Plain bags, and encrypted ones that open with an empty password; the rest wait for unlock. */
    private static List<PKCS12SafeBag> readableBags(ContentInfo info) {
        try {
            PKCS12SafeBagFactory factory = PKCSObjectIdentifiers.encryptedData.equals(info.getContentType())
                    ? new PKCS12SafeBagFactory(info, new JcePKCSPBEInputDecryptorProviderBuilder()
                            .setProvider(GostAlgorithm.provider()).build(new char[0]))
                    : new PKCS12SafeBagFactory(info);
            return List.of(factory.getSafeBags());
        } catch (PKCSException | RuntimeException e) {
            return List.of();
        }
    }

    private static String localKeyId(PKCS12SafeBag bag) {
        for (Attribute attribute : bag.getAttributes() == null ? new Attribute[0] : bag.getAttributes()) {
            if (attribute.getAttrType().equals(PKCSObjectIdentifiers.pkcs_9_at_localKeyId)) {
                return Hex.toHexString(ASN1OctetString.getInstance(attribute.getAttributeValues()[0]).getOctets());
            }
        }
        return null;
    }

    private static String friendlyName(PKCS12SafeBag bag) {
        for (Attribute attribute : bag.getAttributes() == null ? new Attribute[0] : bag.getAttributes()) {
            if (attribute.getAttrType().equals(PKCSObjectIdentifiers.pkcs_9_at_friendlyName)) {
                return ((ASN1String) attribute.getAttributeValues()[0]).getString();
            }
        }
        return null;
    }

    private static X509Certificate toX509(X509CertificateHolder holder) {
        if (holder == null) {
            return null;
        }
        try {
            return new JcaX509CertificateConverter().setProvider(GostAlgorithm.provider()).getCertificate(holder);
        } catch (CertificateException e) {
            return null;
        }
    }
}
