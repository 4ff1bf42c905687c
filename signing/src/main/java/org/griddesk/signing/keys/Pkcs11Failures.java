package org.griddesk.signing.keys;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.login.LoginException;

import org.griddesk.signing.SigningException;

/**
 * Turns SunPKCS11 failures into Russian operator messages. SunPKCS11's own exception class is not exported
 * from the JDK, so the PKCS#11 return code ({@code CKR_...}) is read from the messages of the cause chain.
 */
final class Pkcs11Failures {
    private static final Pattern RETURN_CODE = Pattern.compile("CKR_[A-Z_0-9]+");
    private static final Set<String> NO_TOKEN = Set.of("CKR_SLOT_ID_INVALID", "CKR_TOKEN_NOT_PRESENT",
            "CKR_TOKEN_NOT_RECOGNIZED", "CKR_DEVICE_REMOVED", "CKR_DEVICE_ERROR");
    private static final Set<String> WRONG_PIN = Set.of("CKR_PIN_INCORRECT", "CKR_PIN_LEN_RANGE", "CKR_PIN_INVALID");

    private final String label;
    private final Integer slot;

    Pkcs11Failures(String label, Integer slot) {
        this.label = label;
        this.slot = slot;
    }

    static Optional<String> returnCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher matcher = RETURN_CODE.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    /** True when the token wants a login and none was offered (not when a PIN was refused). */
    static boolean loginNeeded(Throwable failure) {
        if (returnCode(failure).isPresent()) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LoginException) {
                return true;
            }
        }
        return false;
    }

    /** The token went away or never was there: the cached provider must be configured again. */
    static boolean tokenGone(Throwable failure) {
        if (returnCode(failure).filter(NO_TOKEN::contains).isPresent()) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // "slotListIndex is 0 but token only has 0 slots": no slot holds a token at all.
            if (String.valueOf(t.getMessage()).contains("slotListIndex")) {
                return true;
            }
        }
        return false;
    }

    SigningException missingLibrary(String library) {
        return new SigningException("Не найдена библиотека PKCS#11 " + library + " для токена «" + label
                + "»: установите драйвер токена (Рутокен: librtpkcs11ecp.so / rtPKCS11ECP.dll, "
                + "JaCarta: libjcPKCS11-2.so / jcPKCS11-2.dll) или укажите верный путь");
    }

    SigningException noToken(Throwable cause) {
        String where = slot == null ? "Токен «" + label + "» не подключён" : "В слоте " + slot + " нет токена «" + label + "»";
        return new SigningException(where + ": вставьте токен и повторите", cause);
    }

    SigningException connection(String library, Throwable cause) {
        if (tokenGone(cause)) {
            return noToken(cause);
        }
        return new SigningException("Не удалось подключиться к токену «" + label + "» через библиотеку " + library
                + ": " + cause.getMessage(), cause);
    }

    SigningException login(Throwable cause) {
        String code = returnCode(cause).orElse("");
        if (WRONG_PIN.contains(code)) {
            return new SigningException("Неверный PIN-код токена «" + label + "»", cause);
        }
        if (code.equals("CKR_PIN_LOCKED")) {
            return new SigningException("PIN-код токена «" + label + "» заблокирован после неверных попыток: "
                    + "разблокируйте его PIN-кодом администратора", cause);
        }
        if (code.equals("CKR_PIN_EXPIRED")) {
            return new SigningException("Срок действия PIN-кода токена «" + label + "» истёк: смените PIN-код", cause);
        }
        if (tokenGone(cause)) {
            return noToken(cause);
        }
        if (loginNeeded(cause)) {
            return new SigningException("Введите PIN-код токена «" + label + "»", cause);
        }
        return new SigningException("Токен «" + label + "» не открылся: " + cause.getMessage(), cause);
    }
}
