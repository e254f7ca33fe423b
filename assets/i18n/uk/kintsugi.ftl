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
common-edit = Редагування
common-open = Відкрити
common-done = Готово

## Налаштування

preferences-title = Налаштування
preferences-language = Мова
preferences-language-follow-system = Як у системі ({ $language })
preferences-theme = Тема
preferences-follow-system = Як у системі
preferences-theme-light = Світла
preferences-theme-dark = Темна
preferences-week-starts = Тиждень починається з
preferences-week-start-usual = Як заведено в регіоні ({ $weekday })
preferences-daily-reminder = Щоденне нагадування
preferences-idle-lock = Блокувати під час простою
preferences-weekly-review = Тижневий підсумок
preferences-weekly-review-hint = Цього дня сповіщення запропонує підбити підсумок тижня, і «Сьогодні» теж (у неділю, якщо нагадування вимкнене).
preferences-off = Вимкнено
preferences-reminders-note = Нагадування надходять як сповіщення на робочому столі, поки Kintsugi працює, і лише в дні без щоденної відмітки. Коли програму закрито, див. «Reminders» у README (таймер systemd, що запускає kintsugi remind).
preferences-idle-lock-after = Блокувати зашифрований щоденник через
preferences-minutes-suffix = {" "}хв
preferences-idle-minutes = Хвилин простою до блокування
preferences-idle-without-use = без використання
preferences-remind-at = Нагадувати про відмітку о
preferences-reminder-time = Час нагадування
preferences-not-a-time = «{ $typed }» — не час: напиши його як ГГ:ХХ, напр. 20:00.

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
today-delete-message = Оцінки, нотатку й теги за { $date } буде видалено. Відмінити можна через { $keys }.
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
    [one] Відмітки в { $count } з останніх { $days } дня
    [few] Відмітки в { $count } з останніх { $days } днів
    [many] Відмітки в { $count } з останніх { $days } днів
   *[other] Відмітки в { $count } з останніх { $days } дня
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
today-back-learned = { $line }; здобуті навички: { $skills }
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

## Setbacks, skills and the calendar

calendar-after-range-end = після кінця періоду
calendar-before-range-start = до початку періоду
calendar-day-checked-in = { $words }, є щоденна відмітка
calendar-day-checked-in-mood = { $words }, є щоденна відмітка (настрій { $mood })
calendar-day-setbacks = { $words }, { $count ->
    [one] { $count } невдача
    [few] { $count } невдачі
    [many] { $count } невдач
   *[other] { $count } невдачі
}
calendar-day-unavailable = { $words }, недоступно: { $why }
calendar-range-from = З
calendar-range-from-field = Початок
calendar-range-to = по
calendar-range-to-field = Кінець
calendar-date-hint = РРРР-ММ-ДД
calendar-choose-hover = Обери в календарі: { $field }
calendar-button-name = Календар: { $field }
calendar-previous-month-hover = Попередній місяць (Page Up)
calendar-previous-month = Попередній місяць
calendar-next-month-hover = Наступний місяць (Page Down)
calendar-next-month = Наступний місяць
calendar-today = Сьогодні
calendar-keys = Стрілки: день / тиждень · Page Up/Down: місяць · Enter: вибрати · Esc: закрити
calendar-weekday-mon = Пн
calendar-weekday-tue = Вт
calendar-weekday-wed = Ср
calendar-weekday-thu = Чт
calendar-weekday-fri = Пт
calendar-weekday-sat = Сб
calendar-weekday-sun = Нд
model-category-work = Робота
model-category-project = Проєкт
model-category-career = Кар'єра
model-category-relationship = Стосунки
model-category-learning = Навчання
model-category-health = Здоров'я
model-category-other = Інше
model-feedback-mentor = Ментор
model-feedback-peer = Колега
model-feedback-client = Клієнт
model-feedback-manager = Керівник
model-feedback-other = Хтось інший
model-scale-mood = Настрій
model-scale-resilience = Стійкість
model-scale-growth-mindset = Мислення зростання
model-scale-mood-question = Як ти почуваєшся сьогодні?
model-scale-resilience-question = Наскільки добре ти зараз відновлюєшся?
model-scale-growth-mindset-question = Наскільки ти віриш, що можеш вирости завдяки цьому?
model-scale-mood-low = Жахливо
model-scale-mood-high = Чудово
model-scale-resilience-low = Збитий з ніг
model-scale-resilience-high = Відновлююся
model-scale-growth-mindset-low = Застряг
model-scale-growth-mindset-high = Зростаю
form-field-title = Назва
form-field-date = Дата
form-field-recovered-on = Відновлено
form-title-missing = Невдачі потрібна назва; доки її немає, вона в списку як «{ $title }».
form-date-problem = Дата: { $problem }
form-recovered-before = { $recovered } — раніше за невдачу ({ $date })
form-recovered-problem = Відновлено: { $problem }
form-not-a-date = «{ $text }» — не дата; запиши її як РРРР-ММ-ДД
form-in-future = { $day } — у майбутньому (сьогодні { $today })
setbacks-heading = Невдачі
setbacks-new-button = + Нова невдача
setbacks-new-hover = Записати невдачу за сьогодні ({ $keys })
setbacks-count = { $count ->
    [one] { $count } невдача
    [few] { $count } невдачі
    [many] { $count } невдач
   *[other] { $count } невдачі
}
setbacks-count-filtered = { $shown } з { $count ->
    [one] { $count } невдачі
    [few] { $count } невдач
    [many] { $count } невдач
   *[other] { $count } невдачі
}
setbacks-empty = Невдач поки немає. Коли щось піде не так — велике чи дрібне, — запиши це тут і повернись поміркувати. Кожна — нагода навчитися.
setbacks-none-match = Жодна невдача не відповідає цим фільтрам.
setbacks-search = Пошук
setbacks-search-hint = слова з назв, роздумів, уроків
setbacks-all-categories = Усі категорії
setbacks-category-filter = Фільтр категорії
setbacks-any-status = Будь-який статус
setbacks-status-filter = Фільтр статусу
setbacks-micro-only = Лише мікроневдачі
setbacks-factor-chip = Чинник: { $factor } ×
setbacks-factor-chip-hover = Показано невдачі з цим чинником; клацни, щоб показати всі
setbacks-factor-chip-name = Прибрати фільтр чинника { $factor }
setbacks-clear-filters = Скинути фільтри
setbacks-pick = Обери невдачу ліворуч або запиши нову.
setbacks-pick-explanation = Поміркуй, що сталося, попроси відгук і запиши, чого це тебе навчило, — тріщина стає частиною історії.
setbacks-editor-heading = Невдача
setbacks-editor-heading-new = Нова невдача
setbacks-delete = Видалити…
setbacks-close-hover = Закрити редактор; твої зміни вже збережено
setbacks-new-explanation = Її збережено з першої зміни; дай їй назву, усе інше — потім.
setbacks-delete-message = «{ $title }» і роздуми про неї буде видалено. Відмінити можна через { $keys }.
setbacks-delete-heading = Видалити цю невдачу?
setbacks-delete-confirm = Видалити невдачу
setbacks-orphan-heading = Залишити навичку?
setbacks-orphan-message = «{ $name }» більше не пов'язана з жодною невдачею. Залишити її серед навичок чи видалити?
setbacks-orphan-keep = Залишити навичку
setbacks-orphan-delete = Видалити навичку
setbacks-status-open = Відкрита
setbacks-status-reflected = Обміркована
setbacks-status-recovered = Подолана
setbacks-row-details = { $date } · { $category } · тяжкість { $severity }{ $micro ->
    [yes] {" "}· мікроневдача
   *[no] {""}
} · { $status }
setbacks-row-flag = поле потребує уваги
setbacks-skill-not-linked = Ще не пов'язано: обери навичку або натисни Enter, щоб її створити.
setbacks-category-not-applied = Ще не застосовано: натисни Enter, щоб використати цю категорію.
setbacks-step-new = нова невдача
setbacks-step-typing = введення в «{ $field }»
setbacks-step-editing = редагування невдачі
setbacks-step-changing = зміна «{ $field }»
setbacks-step-create-skill = створення навички «{ $name }»
setbacks-field-category = Категорія
setbacks-field-severity = Тяжкість
setbacks-field-micro-failure = Мікроневдача
setbacks-field-status = Статус
setbacks-field-what-happened = Що сталося
setbacks-field-contributing-factors = Чинники
setbacks-field-do-differently = Що я зроблю інакше
setbacks-field-feedback = Відгуки
setbacks-field-lessons = Уроки
setbacks-field-skills = Здобуті навички
setbacks-practice-heading = Втілити на практиці
setbacks-practice-prompt = Перетвори урок на одну річ, яку спробуєш наступного разу, — а потім скажи, чи спрацювало.
setbacks-practice-change = Змінити…
setbacks-practice-change-hover = Змінити, що спробувати, коли або яку навичку це тренує
setbacks-practice-none = Експериментів ще немає.
setbacks-practice-lesson = Урок
setbacks-practice-make = Зробити експериментом
setbacks-practice-make-hover = Запланувати спробувати це протягом двох тижнів (можна змінити пізніше)
setbacks-practice-already = Уже експеримент
setbacks-practice-make-name = Зробити експериментом: { $text }
setbacks-practice-source = { $kind }: { $text }
setbacks-echoes-heading = Причини, що траплялися раніше
setbacks-echoes-factor = { $factor } — також у { $count ->
    [one] { $count } попередній невдачі
    [few] { $count } попередніх невдачах
    [many] { $count } попередніх невдачах
   *[other] { $count } попередніх невдачах
}
setbacks-echoes-see = Показати їх
setbacks-echoes-see-hover = Перелічити невдачі з цим чинником
setbacks-echoes-make-name = Створити експеримент проти «{ $factor }»
setbacks-echoes-plan-text = Наступного разу я запобіжу «{ $factor }», якщо
setbacks-title-hint = Що пішло не так, кількома словами
setbacks-new-category-hint = або нова
setbacks-new-category = Нова категорія
setbacks-micro-failure-hover = Дрібна помилка, а не велика подія. Їхні закономірності варто помічати.
setbacks-new-category-problem = Нова категорія «{ $name }»: { $problem }
setbacks-date-future = невдача не може бути в майбутньому
setbacks-recovered-on = дата
setbacks-recovery-future = відновлення не може бути в майбутньому
setbacks-recovery-before = раніше за невдачу
setbacks-severity-1 = подряпина
setbacks-severity-2 = зачепило
setbacks-severity-3 = справжній удар
setbacks-severity-4 = сильно вдарило
setbacks-severity-5 = серйозна невдача
setbacks-reflect-heading = Обміркувати й проаналізувати
setbacks-reflect-prompt = Поглянь на це як допитливий спостерігач: що сталося і що до цього призвело?
setbacks-what-happened-hint = Опиши це просто, не засуджуючи себе.
setbacks-contributing-factor = Чинник
setbacks-contributing-factor-hint = дрібна помилка, обставина, припущення…
setbacks-do-differently-hint = Наступного разу я…
setbacks-feedback-heading = Попросити відгук
setbacks-feedback-prompt = Хто допоможе тобі побачити це інакше? Ментор, колега, клієнт, твій керівник.
setbacks-learning-heading = Вчитися далі
setbacks-learning-prompt = Що ти забереш із собою з цього досвіду?
setbacks-lesson-hint = урок одним реченням
setbacks-feedback-source = Відгук { $number }: джерело
setbacks-feedback-name-hint = ім'я (необов'язково)
setbacks-feedback-name = Відгук { $number }: ім'я
setbacks-feedback-remove = Прибрати відгук { $number }
setbacks-feedback-insight-hint = Що тобі сказали? Який висновок, твоїми словами?
setbacks-feedback-insight = Відгук { $number }: висновок
setbacks-feedback-add = + Додати відгук
setbacks-skills-prompt = Яку навичку це спонукало тебе розвинути?
setbacks-deleted-skill = (видалена навичка)
setbacks-skill-remove = Прибрати навичку { $name }
setbacks-skill-unlink-hover = Відв'язати «{ $name }» від цієї невдачі
setbacks-skills-none = Навичок ще не пов'язано.
setbacks-skill-add = Додати навичку
setbacks-skill-add-hint = почни вводити, щоб знайти або створити навичку
setbacks-skill-link-hover = Пов'язати цю навичку
setbacks-skill-create = Створити «{ $name }»
skills-heading = Навички
skills-search = Пошук
skills-search-hint = назва або категорія навички
skills-count = { $count ->
    [one] { $count } навичка
    [few] { $count } навички
    [many] { $count } навичок
   *[other] { $count } навички
}
skills-empty = Навичок поки немає. Коли міркуєш про невдачу, запиши навички, які вона спонукала розвинути, — вони з'являться тут.
skills-row-flag = назва потребує уваги
skills-not-linked = не пов'язана
skills-since = з { $date }
skills-row-details = Рівень { $level } · { $since } · { $count ->
    [one] { $count } невдача
    [few] { $count } невдачі
    [many] { $count } невдач
   *[other] { $count } невдачі
}
skills-pick = Обери навичку, щоб побачити, звідки вона і як зросла.
skills-delete = Видалити…
skills-step-level = рівень «{ $name }»
skills-step-remove-level = вилучення рівня «{ $name }»
skills-field-notes = Нотатки
skills-notes-hint = Як ти її практикуєш, матеріали, що спробувати далі
skills-step-typing = введення в «{ $field }»
skills-field-name = Назва
skills-name-taken = Навичка «{ $other }» уже є; навичка зберігає назву «{ $name }», доки ти це не зміниш.
skills-name-missing = Навичці потрібна назва; доки її немає, лишається «{ $name }».
skills-field-category = Категорія
skills-merge-message = «{ $from }» буде об'єднано з «{ $into }»: її невдачі, історія рівнів і нотатки перейдуть туди, а «{ $from }» буде вилучено.
skills-merge-confirm = Об'єднати з «{ $into }»
skills-merge-heading = Об'єднати ці дві навички?
skills-merge-cancel = Залишити окремо
skills-step-merge = об'єднання «{ $from }» з «{ $into }»
skills-delete-message = «{ $name }» буде вилучено разом із її зв'язками з невдачами. Відмінити можна через { $keys }.
skills-delete-heading = Видалити цю навичку?
skills-delete-confirm = Видалити навичку
skills-came-from = Походить із
skills-came-from-link = { $title } · { $date }
skills-open-setback-name = Відкрити невдачу { $title }
skills-open-setback-hover = Відкрити цю невдачу
skills-came-from-none = Жодна невдача не пов'язана з цією навичкою.
skills-level-history = Історія рівнів
skills-level-value = Рівень { $level }
skills-level-remove = Вилучити зміну рівня від { $date }
skills-category-hint = напр. Спілкування
skills-first-acquired = Уперше здобуто
skills-first-acquired-hover = Дата найранішої невдачі, з якої вона походить.
skills-field-level = Рівень
skills-level-scale = 1 нова · 5 опанована

## Progress, insights and exported charts

insights-date-range = { $from } – { $to }
insights-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дні
        [many] { $count } днів
       *[other] { $count } дня
    }
insights-trend-rising = зростає
insights-trend-falling = знижується
insights-trend-steady = стабільно
insights-rating-mood = настрій
insights-rating-resilience = стійкість
insights-rating-growth-mindset = мислення зростання
insights-recoveries-faster = Ти відновлюєшся швидше
insights-recoveries-slower = Ти відновлюєшся повільніше
insights-recoveries-same = Відновлення триває приблизно стільки ж, як раніше
insights-pattern =
    { $count ->
        [one] { $count } мікроневдача
        [few] { $count } мікроневдачі
        [many] { $count } мікроневдач
       *[other] { $count } мікроневдачі
    } у { $category } за { $span ->
        [one] { $span } день
        [few] { $span } дні
        [many] { $span } днів
       *[other] { $span } дня
    }, { $from }–{ $to }
insights-tag-sentence = У дні з тегом { $tag }: { $figures }
insights-tag-figures = { $rating } { $mean } проти { $other } в інші дні ({ $days } проти { $other_days } дн.)
insights-tag-with-difference = { $sentence } ({ $difference })
insights-tags-none = Теги: жоден не має { $days } днів із ним і { $days } без нього в цьому періоді
insights-tags-same = Теги: дні з кожним тегом і без нього мають приблизно однакові середні
insights-by-weekday = { $rating } за днями тижня: { $profile }
insights-weekday-mean = { $weekday } { $mean } ({ $days })
insights-weekday-no-mean = { $weekday } – (0)
insights-recovery-needs = Відновлення за категоріями: потрібно { $count } невдачі з часом відновлення в одній категорії
insights-recovery-in = Відновлення в { $sentence }
insights-category-sentence = { $category }: { $figures }
insights-category-figures =
    медіана { $median } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } (невдач: { $count })
insights-carry-over-fresh = кожен день починається з чистого аркуша
insights-carry-over-a-little = настрій трохи тримається
insights-carry-over-linger = настрій тримається
insights-carry-over-sentence = Перенесення настрою { $value }: { $words } ({ $pairs } пар послідовних днів)
insights-carry-over-needs-pairs = Перенесення настрою: потрібно { $needed } пар послідовних днів із настроєм (поки { $pairs })
insights-carry-over-needs-variety = Перенесення настрою: потрібен настрій, що змінюється з дня на день
insights-week-of = Тиждень від { $date }
insights-resolution-daily = щодня
insights-resolution-weekly = тижневі середні
insights-resolution-monthly = місячні середні
progress-lane-micro-failures = { $category }: мікроневдачі
progress-lane-setbacks = { $category }: невдачі, тяжкість { $severity }
progress-lane-bounce-not-measured = час відновлення: ще не виміряно
progress-lane-bounced-back =
    відновлення за { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
progress-lane-setback-hover =
    { $title }
    { $category }: { $kind ->
        [micro-failure] мікроневдача
       *[setback] невдача
    } · тяжкість { $severity } · { $date }
    { $bounce }
    Натисни, щоб відкрити
progress-lane-skills = Здобуті навички
progress-lane-skill =
    Навичка: { $skill }
    здобуто { $date }
progress-lane-skill-from =
    Навичка: { $skill }
    здобуто { $date }
    завдяки «{ $title }»
progress-lane-reviews = Тижневі підсумки
progress-lane-review = Тижневий підсумок, { $from } – { $to }
progress-lane-review-rating = тиждень: { $rating }/10
progress-lane-review-lesson = на далі: { $lesson }
progress-lane-group =
    { $low }–{ $high } { $high ->
        [one] невдача
        [few] невдачі
        [many] невдач
       *[other] невдачі
    } на { $period ->
        [week] тиждень
        [month] місяць
       *[year] рік
    } (здебільшого { $category })
progress-lane-group-hover =
    { $period }: { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    } (мікроневдач: { $micro })
    { $breakdown }
    Натисни, щоб наблизити
progress-lane-title = Невдачі та навички
progress-lane-help = Невдачі: колір за категорією, розмір за тяжкістю; мікроневдачі — маленькі порожні кола. Золоті ромби: навички, у день першого здобуття. Порожні квадрати: тижневі підсумки (у поденному масштабі). Натисни на невдачу, щоб відкрити її.
progress-lane-row-setbacks = невдачі
progress-lane-row-skills = навички
chart-title = Kintsugi · оцінки, невдачі та навички · { $range } ({ $resolution })
chart-rating-axis = оцінка (1–10)
chart-series-average = { $rating } (середнє за 7 днів)
chart-series-weekly = { $rating } (тижневе середнє, смуга: найнижча–найвища)
chart-series-monthly = { $rating } (місячне середнє, смуга: найнижча–найвища)
chart-lane-note = розмір = тяжкість · порожнє = мікроневдача · золотий ромб = здобута навичка
chart-lane-note-grouped =
    одне коло на { $period ->
        [week] тиждень
        [month] місяць
       *[year] рік
    } (колір: найчастіша категорія, розмір: кількість) · золотий ромб = навичка
chart-better-days-heading = Що супроводжує кращі дні — порівняння днів, а не причини
progress-preset-four-weeks = 4 тижні
progress-preset-three-months = 3 місяці
progress-preset-six-months = 6 місяців
progress-preset-one-year = 1 рік
progress-preset-all = Усе
progress-preset-custom = Власний
progress-heading = Прогрес
progress-preset-accessible = Період { $preset }
progress-show-range = Показати період
progress-show-rating = Показати: { $rating }
progress-show-rating-help = Показати або сховати цю оцінку на графіку
progress-resolution-auto = Авто ({ $resolution })
progress-resolution = Масштаб
progress-reset-view = Скинути вигляд
progress-reset-view-help = Повернутися до вибраного періоду (або двічі клацни на графіку)
progress-export-chart = Експортувати графік…
progress-export-chart-help = Зберегти цей графік як PNG або SVG ({ $keys })
progress-copy-chart = Копіювати графік
progress-copy-chart-help = Скопіювати цей графік у буфер обміну як зображення
progress-report = Звіт для ментора…
progress-report-help = Звіт PDF або Markdown за цей період: ти обираєш, що в нього ввійде
progress-range-reversed = Період починається ({ $from }) після свого кінця ({ $to }).
progress-range-format = Пиши дати як РРРР-ММ-ДД, напр. 2026-03-01.
progress-heatmap-no-check-in = без щоденної відмітки
progress-heatmap-mood = настрій { $mood }
progress-heatmap-day = { $date }, { $mood }
progress-heatmap-day-setback = { $date }, { $mood } · невдача: { $title }
progress-heatmap-day-setbacks =
    { $date }, { $mood } · { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    }
progress-series-rating = { $rating }: оцінка
progress-series-average = { $rating }: середнє за 7 днів
progress-series-weekly = { $rating }: тижневе середнє
progress-series-monthly = { $rating }: місячне середнє
progress-series-band = { $rating }: діапазон
progress-bucket-hover =
    { $name } { $mean }
    { $from } – { $to }
    найнижча { $lowest }, найвища { $highest } (щоденних відміток: { $count })
progress-point-hover =
    { $name } { $value }
    { $date }
progress-legend-shapes = · порожнє = мікроневдача · розмір = тяжкість
progress-legend-skill = · золотий ромб = здобута навичка
progress-empty = Твій прогрес з'явиться тут, щойно буде кілька щоденних відміток. Почни на екрані «Сьогодні» — вистачить хвилини на день.
progress-chart-range = { $range } · { $resolution }
progress-ratings = Оцінки
progress-ratings-help = Після кількох місяців графік показує тижневі середні, після кількох років — місячні, кожне з найнижчою та найвищою оцінкою як смугою. Наблизь (Ctrl+коліщатко, рамка правою кнопкою або + і -; Ліворуч і Праворуч — зсув), щоб повернути щоденні точки, або вибери масштаб.
progress-heatmap-title = Рік у пікселях
progress-heatmap-help = Кожен квадрат — день, забарвлений за настроєм; крапка позначає невдачу. Натисни на день, щоб відкрити його на екрані «Сьогодні».
progress-previous-year = Попередній рік
progress-next-year = Наступний рік
progress-insights = Спостереження
progress-no-ratings = Немає оцінок у цьому періоді.
progress-mean = середнє { $mean }
progress-mean-change = середнє { $mean } ({ $change } порівняно з попередніми днями: { $days })
progress-mean-help = Середнє щоденних відміток періоду з цією оцінкою; пропущені дні не рахуються як нуль.
progress-trend-needs = тенденція: потрібні щоденні відмітки щонайменше за 2 дні
progress-trend = { $words } ({ $slope } за 30 днів)
progress-trend-help = Нахил оцінки щодо дня (метод найменших квадратів), помножений на 30.
progress-coverage =
    { $count ->
        [one] { $count } щоденна відмітка
        [few] { $count } щоденні відмітки
        [many] { $count } щоденних відміток
       *[other] { $count } щоденної відмітки
    } · { $share } днів · серія { $streak } (найдовша { $longest })
progress-coverage-help = Покриття = дні з щоденною відміткою / дні періоду. Поточна серія закінчується в останній день періоду (або напередодні).
progress-setbacks-count =
    { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    }, { $micro ->
        [one] { $micro } мікроневдача
        [few] { $micro } мікроневдачі
        [many] { $micro } мікроневдач
       *[other] { $micro } мікроневдачі
    }
progress-bounce-back = Медіанний час відновлення: { $median } дн.
progress-bounce-back-needs = Час відновлення: потрібні 3 щоденні відмітки з настроєм за 14 днів до невдачі
progress-bounce-back-help = Для кожної невдачі: дні, доки середній настрій за останні 3 дні не повернеться до середнього за 14 днів перед нею. Медіана — за невдачами періоду, що мають значення.
progress-recoveries = { $words }: медіана { $first } дн., потім { $second } дн.
progress-recoveries-help = Медіанний час відновлення першої половини невдач періоду проти другої.
progress-recoveries-needs = Швидше чи повільніше відновлення: потрібно 4 невдачі з часом відновлення
progress-skills-acquired =
    { $count ->
        [one] { $count } навичку здобуто
        [few] { $count } навички здобуто
        [many] { $count } навичок здобуто
       *[other] { $count } навички здобуто
    }
progress-skills-acquired-help = Навички, дата першого здобуття яких припадає на період.
progress-list-and-more = { $list } і ще { $count }
progress-patterns = Закономірності мікроневдач
progress-patterns-help = Три чи більше мікроневдачі однієї категорії за 14 днів; серії, що перекриваються, об'єднуються.
progress-patterns-none = Немає в цьому періоді.
progress-and-more = і ще { $count }
progress-recurring-causes = Повторювані причини
progress-recurring-causes-help = Чинники, записані щонайменше у двох невдачах періоду, порівнюються без урахування регістру, наголосів, розділових знаків і множини.
progress-recurring-causes-none = Жоден чинник не трапляється двічі в цьому періоді. Тут порівнюються чинники, які ти записуєш до невдач.
progress-factor-link-help = Показати невдачі, де він згадується
progress-factor-figures =
    у { $count ->
        [one] { $count } невдачі
        [few] { $count } невдачах
        [many] { $count } невдачах
       *[other] { $count } невдачі
    } з { $date } ({ $categories })
progress-lessons = Уроки на практиці
progress-lessons-help = Експерименти з уроків цього періоду і чи їх спробували.
progress-experiments-planned = Заплановані експерименти:
progress-experiments-planned-help = Експерименти, створені в цьому періоді.
progress-tried = Випробувано:
progress-tried-figures = { $count } — вдалося: { $worked }, частково: { $partly }, ні: { $didnt }
progress-tried-help = Експерименти, випробувані в цьому періоді, за результатом.
progress-dropped = Відкинуто:
progress-dropped-help = Експерименти, відкинуті в цьому періоді.
progress-days-to-first-try = Днів до першої спроби:
progress-days-to-first-try-median = { $days } (медіана)
progress-days-to-first-try-help = Медіана днів від невдачі до першої спроби — за невдачами періоду з випробуваним експериментом.
progress-put-into-practice = Невдачі, втілені на практиці:
progress-put-into-practice-share = { $percent }% з { $count }
progress-put-into-practice-help = Частка невдач періоду, для яких випробувано хоча б один експеримент.
progress-better-days = Що супроводжує кращі дні
progress-better-days-subtitle = { $range } · порівняння днів, а не причини
progress-better-days-help = Кожне число порівнює дні періоду з іншими днями періоду. Різниця показує, що буває разом, а не що чим спричинене; за малої кількості днів це може бути випадковість.
progress-tags-help = Середня оцінка щоденних відміток періоду з тегом проти тих, що без нього, щоразу за відмітками з цією оцінкою. Теги групуються незалежно від великих літер. Тег порівнюється, щойно має 5 днів із ним і 5 без; наводяться найбільші різниці вгору і вниз.
progress-weekday-help = Середнє цієї оцінки для кожного дня тижня періоду за відмітками, що її мають. Наведи на стовпчик, щоб побачити кількість днів.
progress-recovery-help = Для кожної категорії, де щонайменше 2 невдачі періоду мають час відновлення: скільки їх і медіана цього часу (дні, доки середній настрій за останні 3 дні не повернувся до середнього за 14 днів перед невдачею).
progress-carry-over-help = Кореляція (Пірсона) настрою кожного дня з настроєм попереднього за парами послідовних днів періоду, що обидва мають настрій; потрібно 10 пар. Нижче 0,2: кожен день починається з чистого аркуша; від 0,2 до 0,5: настрій трохи тримається; вище 0,5: настрій тримається. У дослідженнях емоційної інерції високе значення пов'язане з повільнішим відновленням.
progress-no-rating-of = Немає оцінок «{ $rating }» у цьому періоді.
progress-tags-needed = Теги: потрібно { $days } днів із тегом і { $days } без нього.
progress-tags-same = Дні з кожним тегом і без нього мають приблизно однакове середнє.
progress-tag-link-help = Показати всі дні з тегом «{ $tag }» на екрані «Щоденник»
progress-tag-link-accessible = Показати дні з тегом { $tag }
progress-row-figures = : { $figures }
progress-tag-difference = Різниця { $difference }
progress-on-days-tagged = У дні з тегом{" "}
progress-weekday-initials =
    { $weekday ->
        [1] Пн
        [2] Вт
        [3] Ср
        [4] Чт
        [5] Пт
        [6] Сб
       *[7] Нд
    }
progress-weekday-mean =
    { $weekday ->
        [1] У понеділки
        [2] У вівторки
        [3] У середи
        [4] У четверги
        [5] У п'ятниці
        [6] У суботи
       *[7] У неділі
    }: { $rating } { $mean } у середньому за { $days }
progress-weekday-no-ratings =
    { $weekday ->
        [1] У понеділки
        [2] У вівторки
        [3] У середи
        [4] У четверги
        [5] У п'ятниці
        [6] У суботи
       *[7] У неділі
    }: немає оцінок «{ $rating }» у цьому періоді
progress-recovery-needed = Потрібно { $count } невдачі з часом відновлення в одній категорії.
progress-category-link-help = Показати невдачі «{ $category }» на екрані «Невдачі»
progress-category-link-accessible = Показати невдачі «{ $category }»
progress-carry-over = { $value }: { $words } ({ $pairs } пар послідовних днів)
progress-carry-over-needs-pairs = Потрібно { $needed } пар послідовних днів із настроєм (поки { $pairs }).
progress-carry-over-needs-variety = Потрібен настрій, що змінюється з дня на день.
progress-by-weekday = За днями тижня
progress-recovery-by-category = Відновлення за категоріями
progress-carry-over-title = Перенесення настрою

## Journal, experiments and the weekly review

experiment-outcome-worked = Спрацювало
experiment-outcome-partly = Частково спрацювало
experiment-outcome-didnt = Не спрацювало
experiment-filter-all = Усі
experiment-filter-open = Відкриті
experiment-filter-due = На черзі
experiment-filter-tried = Випробувані
experiment-filter-dropped = Відкинуті
experiment-answer-open = Відкритий
experiment-answer-tried = Випробувано { $date }: { $outcome }
experiment-answer-dropped = Відкинуто { $date }
experiment-answer-with-words = { $answer } — { $words }
experiment-when-by = до { $date }
search-field-note = Нотатка
search-field-tag = Тег
search-field-title = Назва
search-field-what-happened = Що сталося
search-field-contributing-factor = Чинник
search-field-do-differently = Зробити інакше
search-field-feedback-from = Відгук від
search-field-feedback = Відгук
search-field-lesson = Урок
search-field-skill = Навичка
search-field-experiment = Експеримент
search-field-how-it-went = Як минуло
search-field-why-dropped = Чому відкинуто
search-field-when = Коли
search-field-went-well = Що вдалося
search-field-lesson-carried-on = Урок на далі
search-rating = { $scale } { $value }
search-check-in = Щоденна відмітка
search-check-in-with-ratings = Щоденна відмітка · { $ratings }
search-setback-heading = Невдача · { $title }
search-micro-failure-heading = Мікроневдача · { $title }
search-experiment-open = Експеримент · відкритий · { $text }
search-experiment-tried = Експеримент · випробувано, { $outcome ->
    [worked] спрацювало
    [partly] частково спрацювало
   *[didnt] не спрацювало
} · { $text }
search-experiment-dropped = Експеримент · відкинутий · { $text }
search-from-setback = З невдачі «{ $title }» ({ $status ->
    [open] відкрита
    [reflected] обміркована
   *[recovered] подолана
})
search-review-rated = Тижневий підсумок · { $from } – { $to } · оцінка { $rating } з 10
search-review-not-rated = Тижневий підсумок · { $from } – { $to } · без оцінки
journal-field-label = { $field }:
journal-ratings-only = Лише оцінки
journal-nothing-written = Нічого не написано
journal-row-name = { $date }: { $heading }
journal-open-it = Відкрити
journal-title = Щоденник
journal-search-label = Пошук
journal-search-hint = слова з нотаток, тегів, роздумів, уроків, експериментів…
journal-search-hover = Знаходить записи з усіма введеними словами; регістр і наголоси не важливі ({ $keys })
journal-clear = Очистити пошук і фільтри
journal-show = Показати
journal-kind-everything = Усе
journal-kind-check-ins = Щоденні відмітки
journal-kind-setbacks = Невдачі
journal-kind-experiments = Експерименти
journal-kind-reviews = Підсумки
journal-show-kind = Показати: { $kind }
journal-tag = Тег
journal-tag-any = будь-який
journal-tag-filter = Фільтр за тегом
journal-dates-reversed = Перша дата пізніша за другу.
journal-dates-unreadable = Пиши дати як РРРР-ММ-ДД, напр. 2026-03-01.
journal-empty = Ще нічого не написано: щоденні відмітки, невдачі, експерименти й підсумки з'являться тут, найновіші першими.
journal-count-all = { $count ->
    [one] { $shown } запис
    [few] { $shown } записи
    [many] { $shown } записів
   *[other] { $shown } запису
}, найновіші першими
journal-no-match = Жоден запис не підходить: спробуй менше слів або очисть фільтри.
journal-count-found = Знайдено { $found } з { $count ->
    [one] { $total } запису
    [few] { $total } записів
    [many] { $total } записів
   *[other] { $total } запису
}
journal-digit-group = { "\u00A0" }
practice-experiments-title = Експерименти
practice-experiments-intro = На що перетворилися твої уроки: одна річ, яку спробувати наступного разу, і як це минуло.
practice-filter-chip = { $filter } ({ $count })
practice-filter-hover = Показати { $filter ->
    [all] усі експерименти
    [open] відкриті експерименти
    [due] експерименти на черзі
    [tried] випробувані експерименти
   *[dropped] відкинуті експерименти
}
practice-experiments-empty = Експериментів ще немає. Відкрий невдачу й біля уроку чи «Що я зроблю інакше» вибери «Зробити експериментом».
practice-filter-empty = { $filter ->
    [all] Експериментів немає.
    [open] Відкритих експериментів немає.
    [due] Експериментів на черзі немає.
    [tried] Випробуваних експериментів немає.
   *[dropped] Відкинутих експериментів немає.
}
practice-show-more = Показати ще { $count }
practice-delete-heading = Видалити цей експеримент?
practice-delete-message = Він зникне зі списку й показників. Це можна відмінити.
practice-delete-keep = Залишити
practice-badge-due = На черзі
practice-badge-open = Відкритий
practice-badge-tried = Випробуваний
practice-badge-dropped = Відкинутий
practice-delete-button = Видалити…
practice-delete-hover = Видалити цей експеримент (можна відмінити)
practice-delete-name = Видалити експеримент { $text }
practice-from = · з
practice-open-setback = Відкрити невдачу, з якої він походить
practice-trains = · тренує { $skill }
practice-undo-trying = спроба «{ $text }»
practice-tried-toast = Випробувано «{ $text }»: { $outcome ->
    [worked] спрацювало
    [partly] частково спрацювало
   *[didnt] не спрацювало
}.
practice-undo-putting-off = відкладання «{ $text }»
practice-not-yet-toast = «{ $text }» повернеться через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}.
practice-undo-dropping = відкидання «{ $text }»
practice-dropped-toast = Відкинуто «{ $text }».
practice-proposal-message = Експеримент «{ $experiment }» випробувано, а він тренує навичку { $skill } (рівень { $from }). Підвищити її до рівня { $to }?
practice-proposal-message-first = Експеримент «{ $experiment }» випробувано, а він тренує навичку { $skill } (рівня ще немає). Підвищити її до рівня { $to }?
practice-proposal-heading = Підвищити навичку?
practice-proposal-raise = Підвищити до рівня { $to }
practice-proposal-keep = Залишити як є
practice-answer-tried = ✔ Випробувано
practice-answer-tried-hover = Розкажи, як минуло
practice-answer-not-yet = Ще ні
practice-answer-not-yet-hover = Запитати знову через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
practice-answer-drop = Відкинути
practice-answer-drop-hover = Відмовитися й сказати чому
practice-answer-how = Як минуло?
practice-answer-what-happened = Що сталося (необов'язково)
practice-answer-what-happened-hint = Рядок про те, як минуло
practice-answer-save = Зберегти відповідь
practice-answer-why-drop = Чому відкинути? (необов'язково)
practice-answer-why-drop-hint = напр. проєкт завершився
practice-answer-drop-name = Відкинути експеримент
practice-plan-problem-text = Напиши одним реченням, що спробуєш.
practice-plan-problem-date = Напиши дату як РРРР-ММ-ДД або вибери її в календарі.
practice-plan-problem-situation = Скажи, коли це станеться, напр. «наступного разу, коли виступатиму».
practice-plan-when = Коли
practice-plan-by-date = До дати
practice-plan-when-it-comes-up = Коли нагода випаде
practice-plan-try-by = Спробувати до
practice-plan-try-by-field = Дата спроби
practice-plan-situation = Ситуація
practice-plan-situation-hint = напр. наступного разу, коли виступатиму перед керівництвом
practice-plan-skill = Навичка, яку тренує
practice-plan-skill-none = Жодна
practice-plan-heading-change = Змінити експеримент
practice-plan-heading-make = Зробити експериментом
practice-plan-from = З «{ $title }»
practice-plan-text = Що я спробую
practice-plan-text-hint = напр. Попросити про репетицію перед виступом
practice-plan-save = Зберегти зміни
practice-plan-make = Створити експеримент
practice-planned-by-toast = Заплановано «{ $text }» — спробуй до { $date }.
practice-planned-when-toast = Заплановано «{ $text }» — спробуй: { $situation }.
practice-undo-planning = планування «{ $text }»
practice-undo-changing = зміна «{ $text }»
practice-changed-toast = Змінено «{ $text }».
practice-undo-raising = підвищення «{ $skill }» до рівня { $level }
practice-raised-toast = «{ $skill }» тепер на рівні { $level }.
practice-undo-deleting = видалення «{ $text }»
practice-deleted-toast = Видалено «{ $text }».
practice-undo-writing-review = написання тижневого підсумку
practice-review-not-kept = Не вдалося зберегти підсумок: { $error }
practice-review-saved-toast = Твій тижневий підсумок збережено.
review-title = Підсумуй свій тиждень
review-period = { $from } – { $to }
review-intro = Кілька хвилин, щоб озирнутися: дні від твого останнього підсумку (щонайбільше чотири тижні).
review-went-well = Що вдалося
review-went-well-hint = Щось, що вдалося, хай навіть дрібниця
review-week-question = Яким був тиждень загалом?
review-week-rating = Оцінка тижня
review-kept-as-you-type = Те, що ти тут пишеш, зберігається під час набору, як і все інше.
review-done-hover = Закрити підсумок; його збережено
review-back = Назад до «Сьогодні»
review-back-hover = Поки що залишити підсумок; повернутися можна із «Сьогодні»
review-ratings-heading = Твої оцінки порівняно з попередніми днями
review-this-period = Цей період
review-period-before = Попередній період
review-mean-days = { $mean } ({ $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
})
review-line-before = { $scale }, раніше
review-faint-lines = Бліді лінії: ті самі дні попереднього періоду.
review-setback-link = { $title } · { $date }
review-no-next-step = наступного кроку ще не записано
review-next-step = далі: { $step }
review-setbacks = Невдачі
review-no-setbacks = Жодної за цей період.
review-still-open = Досі відкриті з минулого
review-and-more = і ще { $count }
review-experiments = Експерименти
review-no-experiments = Жодного на черзі чи випробуваного за цей період.
review-experiment-due = На черзі: { $text } ({ $when })
review-experiment-tried = Випробувано: { $text } — { $status ->
    [worked] спрацювало
    [partly] частково спрацювало
    [didnt] не спрацювало
   *[other] { $status }
}
review-feedback = Отримані відгуки
review-feedback-line = { $from }: «{ $insight }»
review-lesson = Один урок на наступний тиждень
review-lessons-from-period = З цього періоду:
review-carry-lesson = Взяти цей урок із собою
review-lesson-hint = Вибери один вище або напиши свій

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
window-tags = Теги
window-remove-tag-hover = Прибрати тег «{ $tag }»
window-remove-tag-name = Прибрати тег { $tag }
window-tag-hint = додай тег, натисни Enter
window-add-this-tag = Додати цей тег
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

## Import, export, the report dialog and other computers

exchange-restore-title = Відновлення з резервної копії
exchange-restore-explained = Kintsugi зберігає копію щоденника таким, яким він був перед першим збереженням кожного дня, а також перед кожним імпортом чи відновленням.
exchange-restore-replaces = Відновлення замінює щоденник копією; спершу створюється резервна копія щоденника в теперішньому стані, а { $keys } відміняє відновлення.
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
report-dialog-title = Експорт звіту для ментора
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
report-dialog-mode-reflected = Лише обмірковані або подолані
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
outside-copy-after-merge = Після об'єднання копію буде переміщено до теки резервних копій; «Відмінити» відміняє об'єднання.
outside-its-passphrase = Її парольна фраза
outside-open-with-it = Відкрити з нею
outside-merge = Об'єднати

## The mentor report and notifications

report-title = Звіт про прогрес
report-period = { $from } – { $to }
report-made-on = Складено { $date }
report-masthead-line = { $range }   ·   складено { $date }
report-empty = За цей період нічого не записано: жодної щоденної відмітки й жодної невдачі.
report-summary-heading = Коротко
report-summary-no-ratings = { $rating }: за цей період оцінок немає.
report-summary-rating = { $rating }: середнє { $mean }.
report-summary-rating-before = { $rating }: середнє { $mean } ({ $difference } порівняно з { $days ->
        [one] попереднім { $days } днем
        [few] попередніми { $days } днями
        [many] попередніми { $days } днями
       *[other] попередніми { $days } дня
    }).
report-summary-rating-trend = { $rating }: середнє { $mean }, { $trend ->
        [rising] зростає
        [falling] знижується
       *[steady] стабільне
    } ({ $slope } за 30 днів).
report-summary-rating-before-trend = { $rating }: середнє { $mean } ({ $difference } порівняно з { $days ->
        [one] попереднім { $days } днем
        [few] попередніми { $days } днями
        [many] попередніми { $days } днями
       *[other] попередніми { $days } дня
    }), { $trend ->
        [rising] зростає
        [falling] знижується
       *[steady] стабільне
    } ({ $slope } за 30 днів).
report-summary-check-ins = Щоденні відмітки: { $checkins } із { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } дня
    } ({ $percent }); поточна серія — { $current ->
        [one] { $current } день
        [few] { $current } дні
        [many] { $current } днів
       *[other] { $current } дня
    }, найдовша — { $longest ->
        [one] { $longest } день
        [few] { $longest } дні
        [many] { $longest } днів
       *[other] { $longest } дня
    }.
report-summary-no-setbacks = Невдач не записано.
report-summary-one-setback-micro = Записано 1 невдачу — мікроневдачу.
report-summary-setbacks = Записано { $count ->
        [one] { $count } невдачу
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    }.
report-summary-setbacks-micro = Записано { $count ->
        [one] { $count } невдачу
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    }, з них { $micro ->
        [one] { $micro } мікроневдача
        [few] { $micro } мікроневдачі
        [many] { $micro } мікроневдач
       *[other] { $micro } мікроневдачі
    }.
report-summary-bounce-back = Медіанний час відновлення: { $median } дн.
report-summary-bounce-back-trend = Медіанний час відновлення: { $median } дн.; { $trend ->
        [faster] ти відновлюєшся дедалі швидше
        [slower] ти відновлюєшся дедалі повільніше
       *[same] відновлення триває приблизно стільки ж, як раніше
    } (медіана { $first } дн., потім { $second }).
report-summary-no-skills = Нових навичок не записано.
report-summary-skills = Здобуто { $count ->
        [one] { $count } навичку
        [few] { $count } навички
        [many] { $count } навичок
       *[other] { $count } навички
    }.
report-summary-pattern = Закономірність: { $count ->
        [one] { $count } мікроневдача
        [few] { $count } мікроневдачі
        [many] { $count } мікроневдач
       *[other] { $count } мікроневдачі
    } в категорії { $category } за { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, { $from }–{ $to }.
report-better-days-heading = Що супроводжує кращі дні
report-better-days-note = Це порівняння між днями, а не причини.
report-chart-heading = Оцінки, невдачі й навички
report-chart-description = Оцінки за період, а під ними невдачі й навички.
report-chart-caption = Рисунок 1: { $description }
report-setbacks-heading = Невдачі та що з них вийшло
report-setbacks-left-out = { $count ->
        [one] { $count } невдачу цього періоду тут свідомо не описано.
        [few] { $count } невдачі цього періоду тут свідомо не описано.
        [many] { $count } невдач цього періоду тут свідомо не описано.
       *[other] { $count } невдачі цього періоду тут свідомо не описано.
    }
report-setback-facts = { $category } · тяжкість { $severity } з 5
report-setback-facts-micro = { $category } · тяжкість { $severity } з 5 · мікроневдача
report-setback-open = Відкрита
report-setback-reflected = Обміркована
report-setback-recovered = Подолана { $date }
report-setback-bounce-back = { $status } · настрій повернувся до звичного рівня за { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
report-feedback-named = { $source } ({ $name }): { $insight }
report-feedback = { $source }: { $insight }
report-what-happened = Що сталося
report-contributing-factors = Чинники
report-do-differently = Що я зроблю інакше
report-feedback-received = Отримані відгуки
report-lessons = Уроки
report-skills-acquired = Здобуті навички
report-experiments-heading = Експерименти
report-experiment-from = Із невдачі «{ $setback }» ({ $date })
report-experiment-trains = тренує навичку «{ $skill }»
report-experiment-planned-by = Заплановано { $planned }, спробувати до { $by }
report-experiment-planned-when = Заплановано { $planned }, спробувати, коли: { $situation }
report-experiment-not-tried = Ще не випробувано
report-experiment-tried = Випробувано { $date }: { $outcome ->
        [worked] спрацювало
        [partly] частково спрацювало
       *[didnt] не спрацювало
    }
report-experiment-dropped = Відкинуто { $date }
report-experiments-left-out = { $count ->
        [one] Не описано { $count } експеримент цього періоду: його невдачу теж не описано.
        [few] Не описано { $count } експерименти цього періоду: їхні невдачі теж не описано.
        [many] Не описано { $count } експериментів цього періоду: їхні невдачі теж не описано.
       *[other] Не описано { $count } експерименту цього періоду: їхні невдачі теж не описано.
    }
report-skills-column-skill = Навичка
report-skills-column-level-then = Рівень тоді
report-skills-column-level-now = Рівень зараз
report-skills-column-came-from = Звідки
report-skill-level = { $level } з 5
report-skill-level-not-set = не задано
report-skill-set-by-hand = задано вручну
report-skill-from-others = ще { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    } поза цим звітом
report-skill-from-shown-and-others = { $shown }; і ще { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    } поза цим звітом
report-reviews-heading = Тижневі підсумки
report-review-rated = Тиждень оцінено на { $rating } з 10
report-review-not-rated = Без оцінки
report-review-item = { $period }: { $rating }
report-review-went-well = Що вдалося
report-review-lesson = Урок на наступний тиждень
report-reviews-words-left-out = Що вдалося й уроки тижневих підсумків не включено, як і нотатки щоденних відміток.
report-error-unknown-format = { $path }: звіт можна зберегти лише як .pdf або .md
report-error-typeset = Не вдалося зверстати звіт: { $detail }
report-error-chart = Не вдалося намалювати графік звіту: { $detail }
report-error-write = { $path }: не вдалося записати звіт: { $detail }
report-notes-heading = Нотатки щоденних відміток
report-questions-heading = Питання для нашої розмови
notification-open = Відкрити Kintsugi
reminder-check-in-title = Час для щоденної відмітки в Kintsugi
reminder-check-in-body = Щоденної відмітки за { $date } ще немає. Як минув день? Три оцінки — це одна хвилина.
reminder-check-in-unknown-body = Якщо щоденної відмітки за { $date } ще немає: як минув день? (Твій щоденник зашифровано, тож Kintsugi не може перевірити без твоєї парольної фрази.)
reminder-review-title = Підсумуй свій тиждень
reminder-review-body = Кілька хвилин, щоб озирнутися: що вдалося, які експерименти випробувано й один урок на наступний тиждень.

## (Setbacks) a new setback saved before it has a title

form-untitled-setback = Невдача без назви

## (Weekly review) who gave a piece of feedback, and their name

review-feedback-from = { $source } ({ $name })
