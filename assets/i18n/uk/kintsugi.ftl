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

## Меню, скорочення клавіш і вікно

screen-today = Сьогодні
screen-setbacks = Невдачі
screen-skills = Навички
screen-experiments = Експерименти
screen-progress = Прогрес
screen-journal = Щоденник
screen-today-screen = Екран «Сьогодні»
screen-setbacks-screen = Екран «Невдачі»
screen-skills-screen = Екран «Навички»
screen-experiments-screen = Екран «Експерименти»
screen-progress-screen = Екран «Прогрес»
screen-journal-screen = Екран «Щоденник»
menu-file = Файл
menu-view = Вигляд
menu-help = Довідка
menu-undo-step = Відмінити «{ $step }»
menu-redo-step = Повторити «{ $step }»
menu-nothing-to-undo = Нічого відміняти
menu-nothing-to-redo = Нічого повторювати
menu-merge-from-disk = Об'єднати зміни з диска
menu-merge-from-disk-hover = Прочитати файл щоденника зараз і об'єднати те, що в нього записав інший комп'ютер (або клієнт синхронізації); Kintsugi робить це й сам, коли файл змінюється
menu-merge-from-disk-disabled = Лише щоденник, відкритий для запису, стежить за своїм файлом
menu-new-journal = Новий щоденник…
menu-open = Відкрити…
menu-open-recent = Відкрити недавній
menu-no-recent = Ще не відкрито жодного щоденника
menu-recent-missing = Цього файлу вже немає
menu-save-now = Зберегти зараз
menu-save-copy-as = Зберегти копію як…
menu-show-data-folder = Показати теку даних
menu-export-chart = Експортувати графік…
menu-export-report = Експортувати звіт…
menu-export-report-hover = Звіт у PDF чи Markdown за період з «Прогресу», для ментора чи коуча
menu-export-data = Експортувати дані (CSV)…
menu-import = Імпортувати…
menu-restore = Відновити з резервної копії…
menu-preferences = Налаштування…
menu-quit = Вийти
menu-change-passphrase = Змінити парольну фразу…
menu-remove-encryption = Прибрати шифрування…
menu-lock-now = Заблокувати зараз
menu-encrypt-journal = Зашифрувати щоденник…
menu-encrypt-journal-hover = Захисти щоденник і його резервні копії парольною фразою
menu-encrypt-journal-disabled = Зашифрувати можна лише щоденник, збережений на диску й відкритий для запису
menu-search-journal = Шукати в щоденнику…
menu-theme = Тема
menu-theme-system = Як у системі
menu-theme-light = Світла
menu-theme-dark = Темна
help-shortcuts-title = Скорочення клавіш
help-about-title = Про Kintsugi
help-about-tagline = Перетвори професійні невдачі на зростання: тріщина стає частиною історії.
help-about-journal = Твій щоденник
help-about-in-memory = лише в пам'яті (демо)
help-about-backups = Резервні копії: { $folder }
help-about-private = Ніщо не залишає цей комп'ютер.
shortcuts-everywhere = Усюди
shortcuts-on-today = На екрані «Сьогодні»
shortcuts-on-setbacks = На екрані «Невдачі»
shortcuts-on-progress-chart = На графіку «Прогресу»
shortcuts-calendar-keys = У календарі: стрілки переходять на день і тиждень, Page Up/Down — на місяць, Home/End — до країв тижня, Enter вибирає, Escape закриває.
shortcuts-either = { $first } або { $second }
shortcuts-save-now = Зберегти зараз
shortcuts-search-journal = Шукати в щоденнику
shortcuts-export-chart = Експортувати графік
shortcuts-preferences = Налаштування
shortcuts-lock = Заблокувати зашифрований щоденник
shortcuts-list = Скорочення клавіш (цей список)
shortcuts-quit = Вийти (спершу зберігає)
shortcuts-previous-day = Попередній день
shortcuts-next-day = Наступний день
shortcuts-back-to-today = Назад до сьогодні
shortcuts-new-setback = Записати нову невдачу
shortcuts-zoom-in = Збільшити
shortcuts-zoom-out = Зменшити
shortcuts-earlier = Раніше
shortcuts-later = Пізніше
window-title = { $name } — Kintsugi
window-title-welcome = Вітаємо — Kintsugi
window-title-demo = демо-щоденник (не зберігається) — Kintsugi
window-title-read-only = { $name } (лише читання) — Kintsugi
window-title-unnamed = щоденник — Kintsugi
window-title-broken = Не вдається відкрити { $name } — Kintsugi
window-demo-banner = Ти переглядаєш демо-щоденник. Нічого, що ти тут змінюєш, не зберігається.
window-read-only-banner = Лише читання: { $reason } Редагування, імпорт, відновлення й відміну вимкнено.
window-try-again = Спробувати ще раз
window-try-again-hover = Відкрити щоденник для запису, якщо він уже вільний
window-save-failed = Не вдалося зберегти твої зміни: { $error }. Вони лишаються в цьому вікні, а Kintsugi пробує далі.
window-retry = Повторити спробу
window-save-copy-elsewhere = Зберегти копію деінде…
window-not-available = Недоступно: { $reason }
window-clear-rating = Очистити
window-clear-rating-hover = Прибрати оцінку «{ $scale }» за цей день
window-clear-rating-name = Очистити { $scale }
window-tags = Мітки
window-remove-tag-hover = Прибрати мітку «{ $tag }»
window-remove-tag-name = Прибрати мітку { $tag }
window-tag-hint = додай мітку, натисни Enter
window-add-this-tag = Додати цю мітку
window-list-remove = Прибрати: { $item } { $number }
window-list-move-up = Вище: { $item } { $number }
window-list-move-down = Нижче: { $item } { $number }
window-list-add = Додати
window-list-add-name = Додати: { $item }
window-list-new-name = Нове: { $item }
quit-save-failed-title = Не вдалося зберегти твої зміни
quit-save-failed-lost = Якщо вийти зараз, зміни від останнього збереження пропадуть.
quit-try-again = Спробувати ще раз
quit-keep-open = Лишити вікно відкритим
quit-without-saving = Вийти без збереження
quit-review-heading = Частини тексту ще немає в твоєму щоденнику
quit-review-explanation = Ці поля містять текст, який щоденник не зміг прийняти. Повернися, щоб виправити, або відкинь лише цей текст: усе інше вже збережено.
quit-kept-text = «{ $text }»
quit-go-to-it = Перейти
quit-discard-text = Відкинути цей текст
quit-discard-all = Відкинути все й вийти
quit-keep-working = Працювати далі
quit-field-of-setback = { $field } — невдача «{ $title }»
quit-field-of-new-setback = { $field } — нова невдача
quit-skill-search-of-setback = Додати навичку — невдача «{ $title }»
quit-skill-search-of-new-setback = Додати навичку — нова невдача
quit-new-category-of-setback = Нова категорія — невдача «{ $title }»
quit-new-category-of-new-setback = Нова категорія — нова невдача
quit-skill-name = Назва навички «{ $name }»
quit-skill-name-unknown = Назва навички
files-filter-journal = Щоденник Kintsugi
files-new-journal-title = Створити новий щоденник Kintsugi
files-open-title = Відкрити щоденник Kintsugi
files-save-copy-title = Зберегти копію щоденника
files-could-not-save-current = Не вдалося зберегти поточний щоденник, тож він лишається відкритим: { $error }
files-already-exists = { $path } уже існує, і його не змінено: відкрий його через «Відкрити…» в меню «Файл»
files-started-new = Почато новий щоденник: { $name }
files-could-not-create = Не вдалося створити щоденник: { $error }
files-no-data-folder = Немає теки даних, яку можна показати
files-could-not-show-folder = Не вдалося відкрити { $folder } у файловому менеджері: { $error }
files-locked-not-saved = Останні зміни заблокованого щоденника ще не збережено: спершу розблокуй його, щоб вони не загубилися.
files-already-open = { $name } уже відкрито
files-opened = Відкрито { $path }
files-read-only-reason = цей щоденник відкрито в іншому Kintsugi, або в його теку не можна писати; зміни, зроблені тут, не зберігаються.
files-open-for-writing-now = Щоденник тепер відкрито для запису.
files-still-read-only = Досі лише читання: { $error }
files-saved-copy = Копію збережено як { $path }
files-saved-copy-encrypted = Копію збережено як { $path }, зашифровано парольною фразою щоденника
files-could-not-save-copy = Не вдалося зберегти копію: { $error }
files-no-backup = Цей щоденник не має резервної копії.
files-backup-not-encrypted = Не відновлено: найновіша резервна копія ({ $backup }) не зашифрована, хоча щоденник був зашифрований, тож її зробив не Kintsugi. Переглянь теку резервних копій сам.
files-restored-backup = Відновлено резервну копію за { $day }.
files-restored-backup-kept = Відновлено резервну копію за { $day }. Непрочитний файл збережено як { $path }.
files-could-not-restore = Не вдалося відновити резервну копію: { $error }
files-could-not-save = Не вдалося зберегти: { $error }
files-backup-failed = Збережено, але щоденна резервна копія не вдалася: { $warning }
step-delete-check-in = видалення щоденної відмітки за { $date }
step-deleted-check-in = Щоденну відмітку за { $date } видалено.
step-delete-setback = видалення «{ $title }»
step-deleted-setback = «{ $title }» видалено.
step-delete-skill = видалення навички «{ $name }»
step-deleted-skill = Навичку «{ $name }» видалено.
step-merge-from-disk = об'єднання змін з диска
step-merge-conflict-copy = об'єднання конфліктної копії
step-nothing-changed = Нічого не змінено: { $error }
step-read-only-error = цей щоденник відкрито лише для читання: { $reason }
step-undid = Відмінено: { $step }.
step-redid = Повторено: { $step }.
step-undone = Відмінено.
step-undone-with-later = { $count ->
    [one] Відмінено разом з { $count } пізнішою зміною: { $changes }.
    [few] Відмінено разом з { $count } пізнішими змінами: { $changes }.
    [many] Відмінено разом з { $count } пізнішими змінами: { $changes }.
   *[other] Відмінено разом з { $count } пізнішими змінами: { $changes }.
}
step-cannot-undo = Не можна відмінити: { $reason }
step-cannot-redo = Не можна повторити: { $reason }
step-nothing-to-undo = Нічого відміняти.
step-nothing-to-redo = Нічого повторювати.
