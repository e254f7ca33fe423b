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

## Today, welcome and the locked screen

today-long-date = { $weekday }, { $date }
today-calendar-hover = Перейти до іншого дня в календарі
today-calendar-name = { $date }, вибрати інший день
today-calendar-field = День
today-calendar-refusal = щоденна відмітка буває лише за сьогодні або раніше
today-previous-day = ⏴ Попередній день
today-previous-day-hover = Показати день раніше ({ $keys })
today-next-day = Наступний день ⏵
today-next-day-hover = Показати день пізніше ({ $keys })
today-next-day-disabled = Щоденна відмітка можлива лише за сьогодні або раніше
today-back-to-today = Назад до сьогодні
today-back-to-today-hover = Показати сьогодні ({ $keys })
today-save-hover = Записати щоденник на диск зараз ({ $keys }). Зміни також зберігаються автоматично протягом секунди.
today-filling-in = { $days ->
    [1] Заповнюєш учорашній день
    [one] Заповнюєш день, що був { $days } день тому
    [few] Заповнюєш день, що був { $days } дні тому
    [many] Заповнюєш день, що був { $days } днів тому
   *[other] Заповнюєш день, що був { $days } дня тому
}
today-note = Нотатка
today-note-hint = Що сьогодні запам'яталося? Чим ти пишаєшся, що було важко?
today-delete = Видалити цю щоденну відмітку…
today-delete-hover = Прибрати оцінки, нотатку й теги цього дня (спершу запитає; { $keys } поверне їх)
today-delete-message = Оцінки, нотатку й теги за { $date } буде видалено. Скасувати можна через { $keys }.
today-delete-heading = Видалити цю щоденну відмітку?
today-delete-confirm = Видалити відмітку
today-change-note = введення нотатки за { $date }
today-change-tags = теги за { $date }
today-change-ratings = оцінки за { $date }
today-change-check-in = щоденна відмітка за { $date }
today-something-wrong = Щось пішло не так?
today-log-setback = Записати невдачу
today-log-setback-hover = Запиши невдачу чи мікроневдачу цього дня; поміркуй над нею зараз або пізніше.
today-save-demo = Демо-щоденник: нічого не зберігається
today-save-demo-hover = Цей щоденник існує лише в пам'яті.
today-save-read-only = Лише читання
today-save-failed = Ще не збережено
today-save-pending = Збереження…
today-save-pending-hover = Зміни записуються на диск протягом секунди.
today-save-nothing = Для цього дня ще немає відмітки
today-save-nothing-hover = Вибери оцінку, щоб зробити щоденну відмітку.
today-save-done = ✔ Збережено
today-save-done-hover = Щоденна відмітка цього дня на диску.
today-ready = Час поміркувати
today-ready-hover = Відкриті невдачі понад тижневої давнини, про які ще нічого не написано. З відстані легше побачити, що сталося.
today-ready-setback = { $title } · { $date }
today-ready-more = і ще { $count } на екрані «Невдачі»
today-streak = { $days ->
    [0] Зараз без серії
    [one] { $days } день поспіль
    [few] { $days } дні поспіль
    [many] { $days } днів поспіль
   *[other] { $days } дня поспіль
}
today-streak-hover = Поточна серія: дні поспіль зі щоденною відміткою, до цього дня (або до попереднього, якщо цей ще без відмітки).
today-checked-in = { $days ->
    [one] Відмітки в { $count } з останнього { $days } дня
   *[other] Відмітки в { $count } з останніх { $days } днів
}
today-chart = { $days ->
    [one] Останній { $days } день
    [few] Останні { $days } дні
    [many] Останні { $days } днів
   *[other] Останні { $days } дня
}
today-chart-hover = Кожна точка — щоденна відмітка; лінії з'єднують лише дні поспіль, тож пропуск означає, що того дня відмітки не було.
today-chart-empty = Твої оцінки з'являться тут у вигляді графіка, щойно матимеш відмітки за кілька днів.
today-chart-day = { $day } { $month }
today-chart-point =
    { $scale } { $value }
    { $date }
today-back-month = Місяць тому
today-back-year = Рік тому
today-back-five-years = П'ять років тому
today-back-bounce = { $days ->
    [0] { $title } — того дня настрій утримався
    [1] { $title } — звичний настрій повернувся наступного дня
    [one] { $title } — звичний настрій повернувся за { $days } день
    [few] { $title } — звичний настрій повернувся за { $days } дні
    [many] { $title } — звичний настрій повернувся за { $days } днів
   *[other] { $title } — звичний настрій повернувся за { $days } дня
}
today-back-learned = { $line }; набуті навички: { $skills }
today-back-wrote-mood = Твій запис: «{ $note }» (настрій { $mood })
today-back-checked-in = Твоя відмітка: настрій { $mood }
today-back-wrote = Твій запис: «{ $note }»
today-review-heading = Час озирнутися на свій тиждень
today-review-body = Що вдалося, які експерименти були, один урок на майбутнє.
today-review-button = Підбити тижневий підсумок
today-did-you-try = Чи вдалося спробувати: { $experiment }?
today-experiment-from = { $when } · з «{ $setback }»
today-due-more = ще { $count } на черзі на екрані «Експерименти»
today-situations = Коли трапиться нагода
today-situations-hover = Експерименти на випадок певної ситуації: без дати, без нагадувань.
today-situations-more = і ще { $count }
today-back = Озираючись назад
today-back-hover = Твої записи приблизно цього дня місяць, рік і п'ять років тому (невдачі в межах трьох днів).
today-back-heading = { $when } · { $date }
today-back-open-day = Відкрити той день
welcome-heading = Вітаємо в Kintsugi
welcome-intro-growth = Невдачі — частина будь-якої кар'єри. Kintsugi допомагає перетворити їх на зростання.
welcome-intro-check-in = Щодня роби щоденну відмітку з трьох швидких оцінок — настрій, стійкість, мислення зростання — і записуй невдачі, великі чи малі, коли вони стаються.
welcome-intro-reflect = Міркуй над ними, занотовуй відгуки й уроки та спостерігай місяцями, як ти відновлюєшся і чого навчила кожна з них.
welcome-start = Почати мій щоденник
welcome-start-hover = Новий щоденник у { $path }
welcome-demo = Переглянути демо-щоденник
welcome-demo-hover = Три роки вигаданих записів; нічого зі зміненого не зберігається
welcome-open-existing = Відкрити наявний щоденник…
welcome-open-path = Або відкрий щоденник за цим шляхом:
welcome-where = Твій щоденник зберігатиметься в { $path }. Ніщо не залишає цей комп'ютер.
unlock-wrong-passphrase = Неправильна парольна фраза. Перевір Caps Lock і розкладку клавіатури та спробуй ще раз.
unlock-passphrase-missing = Спершу введи парольну фразу щоденника.
unlock-heading = 🔒 { $file } зашифровано
unlock-intro-read-only = Введи парольну фразу, щоб переглянути його лише для читання ({ $reason }).
unlock-intro = Введи парольну фразу, щоб відкрити його.
unlock-passphrase = Парольна фраза
unlock-hide = Сховати
unlock-show = Показати
unlock-show-hover = Показати або сховати парольну фразу під час введення
unlock-button = Розблокувати
unlock-working = Розблоковування… (близько секунди, навмисно: так вгадування стає повільним)
unlock-pending-save = Твої останні зміни зберігаються в пам'яті й будуть записані якомога швидше ({ $pending }).
unlock-open-another = Відкрити інший щоденник…
unlock-quit = Вийти
unlock-cannot-recover = Парольну фразу неможливо відновити: без неї ні ти, ні будь-хто інший не зможе прочитати цей щоденник.
lock-window-title = { $file } (заблоковано) — Kintsugi
lock-held = Заблоковано. Твої останні зміни ще не вдалося зберегти ({ $error }); їх збережено в пам'яті й буде записано якомога швидше.
lock-plain-journal = Заблокувати можна лише зашифрований щоденник. Щоб зашифрувати його, вибери «Зашифрувати щоденник…» в меню «Файл».
lock-idle = { $minutes ->
    [one] Заблоковано після { $minutes } хвилини бездіяльності.
    [few] Заблоковано після { $minutes } хвилин бездіяльності.
    [many] Заблоковано після { $minutes } хвилин бездіяльності.
   *[other] Заблоковано після { $minutes } хвилини бездіяльності.
}
lock-kept-fields = { $count ->
    [one] { $count } поле ще містить текст, який щоденник не зміг прийняти; його збережено, щоб можна було виправити.
    [few] { $count } поля ще містять текст, який щоденник не зміг прийняти; його збережено, щоб можна було виправити.
    [many] { $count } полів ще містять текст, який щоденник не зміг прийняти; його збережено, щоб можна було виправити.
   *[other] { $count } поля ще містять текст, який щоденник не зміг прийняти; його збережено, щоб можна було виправити.
}
protection-plain-export = Твій щоденник зашифровано, а цей експорт — ні. Зберігай файл у приватному місці.
protection-title-encrypt = Зашифрувати щоденник
protection-title-change = Змінити парольну фразу
protection-title-remove = Зняти шифрування
protection-encrypt = Зашифрувати
protection-change = Змінити парольну фразу
protection-remove = Зняти шифрування
protection-strength-too-short = Закоротка: використай щонайменше 8 символів.
protection-strength-weak = Слабка: легко вгадати. Кілька не пов'язаних між собою слів легше запам'ятати й важче вгадати.
protection-strength-fair = Посередня. Ще кілька слів зробили б її надійною.
protection-strength-strong = Надійна.
protection-current-missing = Введи поточну парольну фразу.
protection-new-differ = Дві нові парольні фрази не збігаються.
protection-working = Обробка… (отримання ключа з парольної фрази навмисно повільне)
protection-not-encrypted = цей щоденник не зашифровано
protection-wrong-passphrase = Поточна парольна фраза неправильна; нічого не змінено.
protection-other-key = Щоденник на диску має інший ключ, ніж відкритий тут.
protection-worker-stopped = фоновий процес зупинився
protection-failed = Нічого не змінено: { $error }
protection-backups-deleted = { $count ->
    [one] Видалено { $count } незашифровану резервну копію.
    [few] Видалено { $count } незашифровані резервні копії.
    [many] Видалено { $count } незашифрованих резервних копій.
   *[other] Видалено { $count } незашифрованої резервної копії.
}
protection-backups-encrypted = { $count ->
    [one] Також зашифровано { $count } резервну копію.
    [few] Також зашифровано { $count } резервні копії.
    [many] Також зашифровано { $count } резервних копій.
   *[other] Також зашифровано { $count } резервної копії.
}
protection-backups-changed = { $count ->
    [one] Також змінено { $count } резервну копію.
    [few] Також змінено { $count } резервні копії.
    [many] Також змінено { $count } резервних копій.
   *[other] Також змінено { $count } резервної копії.
}
protection-backups-decrypted = { $count ->
    [one] Також розшифровано { $count } резервну копію.
    [few] Також розшифровано { $count } резервні копії.
    [many] Також розшифровано { $count } резервних копій.
   *[other] Також розшифровано { $count } резервної копії.
}
protection-done-encrypt = Зашифровано. Бережи парольну фразу: її неможливо відновити.
protection-done-change = Парольну фразу змінено.
protection-done-remove = Шифрування знято: щоденник знову у відкритому тексті.
protection-copy-still-encrypted = { $failure } (досі зашифровано: відкрий її старою парольною фразою через вікно відновлення)
protection-copy-tried-again = { $failure } (спробуємо ще раз під час наступного відкриття щоденника)
protection-explain-encrypt = Kintsugi зашифрує щоденник, його резервні копії та кожне збереження відтепер. Парольна фраза знадобиться щоразу, коли відкриватимеш його.
protection-explain-change = Щоденник і його резервні копії відкриватимуться лише з новою парольною фразою.
protection-explain-remove = Щоденник і його резервні копії знову записуватимуться відкритим текстом, доступним кожному, хто має доступ до твоїх файлів.
protection-current = Поточна парольна фраза
protection-new = Нова парольна фраза
protection-new-hint = Щонайменше 8 символів; добре працюють кілька не пов'язаних між собою слів.
protection-repeat = Повтори нову парольну фразу
protection-show = Показувати парольні фрази
protection-backups = Наявні резервні копії щоденника (незашифровані):
protection-backups-encrypt = Зашифрувати й їх
protection-backups-delete = Видалити їх
protection-cannot-recover = Парольну фразу неможливо відновити. Запиши її та зберігай у надійному місці: без неї ніхто не прочитає цей щоденник — навіть ти.
tamper-rollback-message = Цей щоденник старіший за той, що востаннє відкривали тут (збереження { $found }; цей комп'ютер уже бачив збереження { $seen }). Можливо, його відновили з резервної копії або замінили старою копією — програма синхронізації чи хтось інший. Записів, зроблених відтоді, у ньому немає. Переглянь його резервні копії, перш ніж редагувати, або залиш цю версію.
tamper-rollback-heading = Старіша версія цього щоденника
tamper-rollback-keep = Залишити цю версію
tamper-rollback-backups = Переглянути резервні копії…
tamper-downgrade-heading = Цей щоденник більше не зашифровано
tamper-downgrade-message = Коли його востаннє відкривали тут, він був зашифрований, а тепер це відкритий текст: будь-хто з доступом до файлу може його прочитати. Якщо шифрування знято не тобою, файл могли замінити.
tamper-downgrade-encrypt = Зашифрувати знову…
tamper-downgrade-keep = Залишити незашифрованим
broken-heading-locked = Твій щоденник відкрито в іншому Kintsugi
broken-heading-read-only-folder = Kintsugi не може записувати в теку твого щоденника
broken-heading = Kintsugi не може відкрити твій щоденник
broken-file = Файл
broken-what-went-wrong = Що пішло не так
broken-reassurance-locked = Записувати в щоденник може лише один Kintsugi водночас, щоб жоден не перезаписав змін іншого. Можеш переглянути цей щоденник без змін або закрити інший і спробувати ще раз.
broken-reassurance-read-only-folder = Можеш переглянути цей щоденник без змін або виправити дозволи теки й спробувати ще раз.
broken-reassurance-newer-version = Цей щоденник збережено новішою версією Kintsugi. Його не змінено. Онови Kintsugi, щоб відкрити його.
broken-reassurance = Kintsugi не змінював цей файл і не перезапише його.
broken-open-read-only = Відкрити лише для читання
broken-try-again = Спробувати ще раз
broken-restore = Відновити найновішу резервну копію (від { $date })
broken-restore-hover = Непрочитний файл залишиться поруч зі щоденником під новою назвою, тож нічого не загубиться.
broken-open-another = Відкрити інший файл…
broken-quit = Вийти
broken-open-path = Або відкрий щоденник за цим шляхом:
