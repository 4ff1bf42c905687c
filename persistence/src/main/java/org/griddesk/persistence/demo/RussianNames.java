package org.griddesk.persistence.demo;

import java.util.List;
import java.util.random.RandomGenerator;
import org.griddesk.core.applicants.PersonFullName;

/** Realistic Russian names for demo applicants, with the female forms of surnames and patronymics. */
final class RussianNames {
    private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров",
            "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
            "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин",
            "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов");
    private static final List<String> MALE_NAMES = List.of("Александр", "Дмитрий", "Максим", "Сергей", "Андрей",
            "Алексей", "Артём", "Илья", "Кирилл", "Михаил", "Никита", "Роман", "Евгений", "Иван", "Владимир",
            "Павел", "Олег", "Игорь", "Виктор", "Николай");
    private static final List<String> FEMALE_NAMES = List.of("Анна", "Мария", "Елена", "Ольга", "Наталья",
            "Татьяна", "Ирина", "Светлана", "Екатерина", "Юлия", "Анастасия", "Марина", "Дарья", "Ксения",
            "Валентина", "Людмила", "Галина", "Вера", "Надежда", "Полина");
    /** Father's names: male patronymic, female patronymic. */
    private static final List<String[]> PATRONYMICS = List.of(
            new String[]{"Александрович", "Александровна"}, new String[]{"Дмитриевич", "Дмитриевна"},
            new String[]{"Сергеевич", "Сергеевна"}, new String[]{"Андреевич", "Андреевна"},
            new String[]{"Алексеевич", "Алексеевна"}, new String[]{"Михайлович", "Михайловна"},
            new String[]{"Иванович", "Ивановна"}, new String[]{"Владимирович", "Владимировна"},
            new String[]{"Николаевич", "Николаевна"}, new String[]{"Петрович", "Петровна"},
            new String[]{"Викторович", "Викторовна"}, new String[]{"Игоревич", "Игоревна"},
            new String[]{"Олегович", "Олеговна"}, new String[]{"Павлович", "Павловна"},
            new String[]{"Юрьевич", "Юрьевна"}, new String[]{"Евгеньевич", "Евгеньевна"});

    private RussianNames() {
    }

    static PersonFullName person(RandomGenerator random) {
        boolean female = random.nextBoolean();
        String surname = pick(SURNAMES, random);
        String[] patronymic = pick(PATRONYMICS, random);
        // About one in twenty has no patronymic: the portal allows that.
        String middle = random.nextInt(20) == 0 ? null : patronymic[female ? 1 : 0];
        return new PersonFullName(female ? feminine(surname) : surname,
                pick(female ? FEMALE_NAMES : MALE_NAMES, random), middle);
    }

    private static String feminine(String surname) {
        return surname.endsWith("ий") ? surname.substring(0, surname.length() - 2) + "ая" : surname + "а";
    }

    static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }

    /** Latin letters for e-mail addresses, after the passport transliteration rules. */
    static String transliterate(String text) {
        String[] latin = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"};
        String cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase().toCharArray()) {
            int index = cyrillic.indexOf(c);
            out.append(index >= 0 ? latin[index] : Character.isLetterOrDigit(c) ? String.valueOf(c) : "");
        }
        return out.toString();
    }
}
