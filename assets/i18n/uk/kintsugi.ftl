# Kintsugi — українська.
#
# Глосарій (ці слова, і лише вони, для цих понять):
#   setback        — невдача (невдачі)
#   micro-failure  — мікроневдача
#   bounce-back    — відновлення (днів до відновлення; «час відновлення» як показник)
#   resilience     — стійкість
#   growth mindset — мислення зростання
#   mood           — настрій
#   check-in       — щоденна відмітка
#   lesson         — урок (уроки)
#   experiment     — експеримент
#   weekly review  — тижневий підсумок
#   journal        — щоденник
#   skill          — навичка
# Звертання на «ти», тепло й коротко, як в особистому щоденнику.
# Множина: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…), other (дроби).

## Дати. Місяць у даті — у родовому відмінку («3 грудня»), окремо — у називному («грудень 2026»).

date-month = { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
}
date-month-alone = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
}
date-month-short = { $month ->
    [1] січ.
    [2] лют.
    [3] бер.
    [4] квіт.
    [5] трав.
    [6] черв.
    [7] лип.
    [8] серп.
    [9] вер.
    [10] жовт.
    [11] лист.
   *[12] груд.
}
date-weekday = { $weekday ->
    [1] понеділок
    [2] вівторок
    [3] середа
    [4] четвер
    [5] пʼятниця
    [6] субота
   *[7] неділя
}
date-weekday-short = { $weekday ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[7] нд
}
date-month-short-year = { $month } { $year }
date-month-year = { $month } { $year }
date-day-month-short = { $day } { $month }
date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday }, { $day } { $month }
date-short = { $day } { $month } { $year }
date-short-weekday = { $weekday }, { $day } { $month } { $year }
date-long = { $day } { $month } { $year }
date-full = { $weekday }, { $day } { $month } { $year }

## Числа.

number-percent = { $value }%

## Спільні слова.

common-cancel = Скасувати
common-close = Закрити
common-save = Зберегти
common-delete = Видалити
common-undo = Відмінити
common-redo = Повторити
common-ok = Гаразд
common-back = Назад
common-edit = Редагувати
common-open = Відкрити
common-done = Готово
common-show-more = Показати більше

## Import, export, the report dialog and other computers

exchange-restore-title = Відновлення з резервної копії
exchange-restore-explained = Kintsugi зберігає копію щоденника таким, яким він був перед першим збереженням кожного дня, а також перед кожним імпортом чи відновленням.
exchange-restore-replaces = Відновлення замінює щоденник копією; спершу створюється резервна копія щоденника в теперішньому стані, а { $keys } скасовує відновлення.
exchange-restore-none = Резервних копій цього щоденника ще немає.
exchange-restore-backup = { $date } · { $name }
exchange-restore = Відновити
exchange-its-passphrase = Її парольна фраза
exchange-restore-with-it = Відновити з нею
exchange-chart-title = Експорт графіка
exchange-chart-explained = Графік з екрана «Прогрес»: той самий період, оцінки й кольори, зі смугою невдач і навичок.
exchange-file = Файл
exchange-choose = Вибрати…
exchange-filter-png = Зображення PNG
exchange-filter-svg = Рисунок SVG
exchange-format = Формат:
exchange-size = Розмір
exchange-png-scale = Масштаб PNG
exchange-png-scale-hover = 2× дає чітке зображення на екранах з високою щільністю пікселів і в слайдах
exchange-better-days = Додати «Що супроводжує кращі дні» під графіком
exchange-better-days-hover = Теги, що супроводжують вищі й нижчі оцінки, середні за днями тижня, відновлення за категоріями та перенесення настрою за період графіка, як на екрані «Прогрес». Зображення збільшується на потрібну для них висоту.
exchange-export = Експортувати
exchange-data-title = Експорт даних (CSV)
exchange-data-explained = Записує checkins.csv, setbacks.csv, skills.csv, experiments.csv і reviews.csv у теку — для електронної таблиці чи іншої програми.
exchange-folder = Тека
exchange-import = Імпортувати
exchange-import-explained = Тека, експортована з Kintsugi, або один з її CSV-файлів, CSV-експорт Daylio, щоденник jrnl (його JSON-експорт або текстовий файл) чи тека даних RedNotebook.
exchange-import-from = Джерело
exchange-pick-file = Файл…
exchange-pick-folder = Тека…
exchange-format-recognise = Розпізнати
exchange-preview = Попередній перегляд
exchange-preview-undo = Спершу створюється резервна копія, а «Відмінити» ({ $keys }) відміняє весь імпорт.
exchange-moods-unrated = Ці настрої Daylio ще не мають оцінки: дай кожному від 1 (жахливо) до 10 (чудово), а тоді знову натисни «Попередній перегляд».
exchange-mood-lines = «{ $mood }» ({ $count ->
        [one] рядок
        [few] рядки
        [many] рядки
       *[other] рядки
    } { $lines })
exchange-rate-mood = Оцінити «{ $mood }» на { $rating }
exchange-report-separator = {"; "}
exchange-report-would-import = Імпорт { $format } (попередній перегляд): { $parts }
exchange-report-imported = Імпортовано { $format }: { $parts }
exchange-report-added = додано { $entries }
exchange-report-replaced = замінено { $entries }
exchange-report-updated = оновлено { $count ->
        [one] { $count } щоденну відмітку
        [few] { $count } щоденні відмітки
        [many] { $count } щоденних відміток
       *[other] { $count } щоденної відмітки
    } (настрій з файлу, слова дня збережено)
exchange-report-extended = додано текст до { $count ->
        [one] { $count } дня
        [few] { $count } днів
        [many] { $count } днів
       *[other] { $count } дня
    } зі щоденною відміткою
exchange-report-nothing-new = нічого нового
exchange-report-already-there = ({ $count ->
        [one] { $count } запис уже був
        [few] { $count } записи вже були
        [many] { $count } записів уже було
       *[other] { $count } запису вже було
    } у щоденнику)
exchange-report-empty = пропущено { $count ->
        [one] { $count } порожній запис
        [few] { $count } порожні записи
        [many] { $count } порожніх записів
       *[other] { $count } порожнього запису
    } (без слів і тегів)
exchange-report-skipped = пропущено { $count ->
        [one] { $count } рядок
        [few] { $count } рядки
        [many] { $count } рядків
       *[other] { $count } рядка
    }:
exchange-count-check-ins = { $count ->
        [one] { $count } щоденну відмітку
        [few] { $count } щоденні відмітки
        [many] { $count } щоденних відміток
       *[other] { $count } щоденної відмітки
    }
exchange-count-setbacks = { $count ->
        [one] { $count } невдачу
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    }
exchange-count-skills = { $count ->
        [one] { $count } навичку
        [few] { $count } навички
        [many] { $count } навичок
       *[other] { $count } навички
    }
exchange-count-experiments = { $count ->
        [one] { $count } експеримент
        [few] { $count } експерименти
        [many] { $count } експериментів
       *[other] { $count } експерименту
    }
exchange-count-reviews = { $count ->
        [one] { $count } тижневий підсумок
        [few] { $count } тижневі підсумки
        [many] { $count } тижневих підсумків
       *[other] { $count } тижневого підсумку
    }
exchange-chart-exported = Графік експортовано в { $path }
exchange-data-exported = checkins.csv, setbacks.csv, skills.csv, experiments.csv і reviews.csv експортовано в { $path }
exchange-chart-copied = Графік скопійовано в буфер обміну.
exchange-chart-copy-failed = Не вдалося скопіювати графік: { $error }
exchange-step-import = імпорт
exchange-step-restore = відновлення з резервної копії
exchange-imported = { $report }.
exchange-imported-backup = { $report }. Резервна копія: { $path }.
exchange-imported-no-backup = { $report }. Не вдалося створити резервну копію: { $error }.
exchange-import-failed = Нічого не імпортовано: { $reason }
exchange-could-not-save = Не вдалося зберегти: { $error }
exchange-restore-plain-backup = Ця резервна копія не зашифрована, хоча щоденник зашифрований: її створив не Kintsugi, тож її не відновлено. Якщо знаєш, звідки вона, імпортуй її натомість.
exchange-restore-other-key = Цю резервну копію запечатано іншим ключем, ніж щоденник (з часу до зміни парольної фрази або з іншої копії щоденника). Введи парольну фразу, яку вона мала, і віднови її з нею.
exchange-restore-wrong-passphrase = Це не парольна фраза цієї резервної копії; нічого не відновлено. Спробуй ще раз.
exchange-restored = Відновлено { $name }.
exchange-restored-backup = Відновлено { $name }. Щоденник у попередньому стані лежить у { $path }.
exchange-restored-no-backup = Відновлено { $name }. Не вдалося створити резервну копію щоденника в попередньому стані: { $error }.
exchange-restore-failed = Нічого не відновлено: { $reason }
exchange-could-not-start = Не вдалося почати читання: { $error }
exchange-reading-progress = Читання… { $read } з { $total } МБ
exchange-importing-progress = Імпорт… { $read } з { $total } МБ
exchange-stop = Зупинити
exchange-stop-hover = Зупинити читання; нічого не змінюється
exchange-journal-changed = Щоденник змінився, поки імпорт читався; нічого не імпортовано. Імпортуй ще раз, щоб прочитати його відносно теперішнього стану щоденника.
report-dialog-title = Експорт звіту для наставника
report-dialog-period = Період: { $period }
report-dialog-change-period = Період змінюється діапазоном на екрані «Прогрес».
report-dialog-your-name = Твоє ім'я
report-dialog-optional = необов'язково
report-dialog-paper = Папір
report-dialog-us-letter = US Letter
report-dialog-questions = Питання для нашої розмови
report-dialog-questions-hint = Що хочеш запитати чи обговорити
report-dialog-save-as = Зберегти як
report-dialog-save-as-hover = Файл .pdf або .md для Markdown (графік зберігається поруч у форматі SVG)
report-dialog-export = Експортувати звіт
report-dialog-setbacks-heading = Які невдачі розповісти
report-dialog-mode-all = Усі
report-dialog-mode-reflected = Лише обдумані або з відновленням
report-dialog-mode-ticked = Вибрані по одній
report-dialog-setback-row = { $date } · { $title }
report-dialog-tell = Розповісти: { $title }
report-dialog-include-micro = Включити мікроневдачі
report-dialog-include-notes = Включити нотатки щоденних відміток і підсумків
report-dialog-include-notes-hover = Без цієї позначки їх не буде: нотатки й те, що кажуть тижневі підсумки, часто найособистіше.
report-dialog-what-goes-in = Що ввійде
report-dialog-summary = Підсумкові показники й графік за період.
report-dialog-no-setbacks = Жодних невдач.
report-dialog-chosen-setbacks = { $chosen } з { $total ->
        [one] { $total } невдачі
        [few] { $total } невдач
        [many] { $total } невдач
       *[other] { $total } невдачі
    } за період, з їхнім осмисленням:
report-dialog-more = … і ще { $count }
report-dialog-experiments = { $count ->
        [0] Жодних експериментів.
        [one] { $count } експеримент з цих невдач, із тим, як він пройшов.
        [few] { $count } експерименти з цих невдач, із тим, як вони пройшли.
        [many] { $count } експериментів з цих невдач, із тим, як вони пройшли.
       *[other] { $count } експерименту з цих невдач, із тим, як вони пройшли.
    }
report-dialog-reviews-with-notes = Період і оцінка { $count ->
        [one] { $count } тижневого підсумку
        [few] { $count } тижневих підсумків
        [many] { $count } тижневих підсумків
       *[other] { $count } тижневого підсумку
    }, з тим, що вдалося, і уроком.
report-dialog-reviews = Період і оцінка { $count ->
        [one] { $count } тижневого підсумку
        [few] { $count } тижневих підсумків
        [many] { $count } тижневих підсумків
       *[other] { $count } тижневого підсумку
    }; без того, що в них написано.
report-dialog-notes = { $count ->
        [one] Нотатка { $count } щоденної відмітки.
        [few] Нотатки { $count } щоденних відміток.
        [many] Нотатки { $count } щоденних відміток.
       *[other] Нотатки { $count } щоденної відмітки.
    }
report-dialog-no-notes = Без нотаток щоденних відміток.
report-dialog-your-questions = Твої запитання.
report-dialog-nothing-else = Більше нічого зі щоденника не ввійде.
report-dialog-saved = Звіт збережено як { $path }
outside-disk-unchanged = Щоденник на диску не змінився відтоді, як це вікно востаннє його читало чи записувало.
outside-could-not-merge = Не вдалося об'єднати: { $error }
outside-merged = Об'єднано зміни з диска: { $changes }.
outside-kept-both = { $count ->
        [one] { $count } текст, змінений на обох комп'ютерах, зберігає обидві версії.
        [few] { $count } тексти, змінені на обох комп'ютерах, зберігають обидві версії.
        [many] { $count } текстів, змінених на обох комп'ютерах, зберігають обидві версії.
       *[other] { $count } тексту, зміненого на обох комп'ютерах, зберігають обидві версії.
    }
outside-changes-added = з іншого комп'ютера додано { $entries }
outside-changes-changed = змінено { $entries }
outside-changes-removed = там видалено { $entries }
outside-list-and = { $first } і { $last }
outside-copy-banner = { $client } залишив конфліктну копію цього щоденника: { $name }.
outside-copy-banner-more = { $client } залишив конфліктну копію цього щоденника: { $name } (і ще { $more }).
outside-review-and-merge = Переглянути й об'єднати…
outside-review-hover = Подивитися, що вона додасть чи змінить, а тоді об'єднати
outside-later = Пізніше
outside-later-hover = Залишити поки що; її запропонують знову наступного разу
outside-copy-effects = Об'єднання з нею { $effects }.
outside-effect-adds = додасть { $entries }
outside-effect-changes = змінить { $entries }
outside-effect-deletes = видалить { $entries }
outside-effect-nothing = не принесе нічого нового
outside-copy-kept-both = Де текст змінено з обох боків, зберігаються обидві версії, інша — під рядком «— from the other computer —».
outside-copy-wrong-passphrase = Це не парольна фраза цієї копії. Спробуй ще раз.
outside-copy-other-passphrase = Цю копію запечатано іншою парольною фразою, ніж щоденник (її змінили на іншому комп'ютері). Введи ту парольну фразу, щоб відкрити її.
outside-merged-copy = Конфліктну копію об'єднано: { $changes }. Копія зберігається в { $path }.
outside-could-not-merge-copy = Не вдалося об'єднати копію: { $error }
outside-new-passphrase-wrong = Це не нова парольна фраза щоденника. Спробуй ще раз.
outside-passphrase-heading = Парольну фразу змінено на іншому комп'ютері
outside-passphrase-explained = Щоденник на диску запечатано новою парольною фразою, встановленою на іншому комп'ютері. Введи її, щоб об'єднати ту версію з цією; доти нічого не записується, а твої зміни залишаються в цьому вікні.
outside-new-passphrase = Нова парольна фраза
outside-open-and-merge = Відкрити й об'єднати
outside-passphrase-later-hover = Редагування ▸ Об'єднати зміни з диска запитає знову
outside-removes-heading = Багато записів видалено деінде
outside-removes-message = Версія цього щоденника, записана деінде (на іншому комп'ютері чи клієнтом синхронізації), більше не містить { $removed } з твоїх { $total } записів. Видалити їх і тут чи залишити? Доки не вибереш, нічого не записується.
outside-removes-confirm = Видалити й тут
outside-removes-cancel = Залишити
outside-copy-heading = Конфліктна копія
outside-copy-made = { $client } створив { $path }, коли два комп'ютери змінили щоденник окремо один від одного.
outside-copy-after-merge = Після об'єднання копію буде переміщено до теки резервних копій; «Відмінити» скасовує об'єднання.
outside-its-passphrase = Її парольна фраза
outside-open-with-it = Відкрити з нею
outside-merge = Об'єднати
