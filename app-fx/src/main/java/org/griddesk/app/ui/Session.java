package org.griddesk.app.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.griddesk.core.access.Operator;

/** Who is logged in on this workstation. */
public class Session {
    private final ReadOnlyObjectWrapper<Operator> operator = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Operator> operatorProperty() {
        return operator.getReadOnlyProperty();
    }

    public Operator operator() {
        Operator current = operator.get();
        if (current == null) {
            throw new IllegalStateException("No operator is logged in");
        }
        return current;
    }

    public void logIn(Operator loggedIn) {
        operator.set(loggedIn);
    }

    public void logOut() {
        operator.set(null);
    }
}
