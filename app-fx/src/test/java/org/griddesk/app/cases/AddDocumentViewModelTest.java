package org.griddesk.app.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AddDocumentViewModelTest {
    @Test
    void theDocumentIsNamedAfterItsFileUnlessTheClerkNamedItFirst(@TempDir Path folder) throws Exception {
        AddDocumentViewModel model = new AddDocumentViewModel(List.of("Оферта договора", "Технические условия"));
        model.choose(Files.writeString(folder.resolve("оферта договора.pdf"), "%PDF"));
        assertThat(model.documentNameProperty().get()).as("the dictionary's spelling").isEqualTo("Оферта договора");

        AddDocumentViewModel other = new AddDocumentViewModel(List.of("Оферта договора"));
        other.choose(Files.writeString(folder.resolve("План_участка.v2.jpg"), "jpeg"));
        assertThat(other.documentNameProperty().get()).isEqualTo("План участка.v2");

        other.documentNameProperty().set("Схема подключения");
        other.choose(Files.writeString(folder.resolve("scan.png"), "png"));
        assertThat(other.documentNameProperty().get()).as("typed first, kept").isEqualTo("Схема подключения");
    }
}
