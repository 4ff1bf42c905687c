package org.griddesk.app.bench;

import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.griddesk.app.ui.StartupProbe;

/**
 * The start-up benchmark's baseline: the least a JavaFX window with a label and a table costs on the same runtime,
 * started the same way as GridDesk's window ({@code installer/bench-startup.sh}).
 */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("Строка"));
        table.getColumns().add(new TableColumn<String, String>("Столбец"));
        Scene scene = new Scene(new VBox(new Label("Окно для сравнения"), table), 1024, 700);
        StartupProbe.exitWhenShown(scene);
        stage.setScene(scene);
        stage.show();
    }
}
