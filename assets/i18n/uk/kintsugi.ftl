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
       *[other] { $count } мікроневдач
    } у { $category } за { $span ->
        [one] { $span } день
        [few] { $span } дні
       *[other] { $span } днів
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
    } за { $count } невдачами
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
progress-lane-setbacks = { $category }: невдачі, серйозність { $severity }
progress-lane-bounce-not-measured = час відновлення: ще не виміряно
progress-lane-bounced-back =
    відновлення за { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[other] { $days } днів
    }
progress-lane-setback-hover =
    { $title }
    { $category }: { $kind ->
        [micro-failure] мікроневдача
       *[setback] невдача
    } · серйозність { $severity } · { $date }
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
       *[other] невдач
    } на { $period ->
        [week] тиждень
        [month] місяць
       *[year] рік
    } (здебільшого { $category })
progress-lane-group-hover =
    { $period }: { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
       *[other] { $count } невдач
    } (мікроневдач: { $micro })
    { $breakdown }
    Натисни, щоб наблизити
progress-lane-title = Невдачі та навички
progress-lane-help = Невдачі: колір за категорією, розмір за серйозністю; мікроневдачі — маленькі порожні кола. Золоті ромби: навички, у день першого здобуття. Порожні квадрати: тижневі підсумки (у поденному масштабі). Натисни на невдачу, щоб відкрити її.
progress-lane-row-setbacks = невдачі
progress-lane-row-skills = навички
chart-title = Kintsugi · оцінки, невдачі та навички · { $range } ({ $resolution })
chart-rating-axis = оцінка (1–10)
chart-series-average = { $rating } (середнє за 7 днів)
chart-series-weekly = { $rating } (тижневе середнє, смуга: найнижча–найвища)
chart-series-monthly = { $rating } (місячне середнє, смуга: найнижча–найвища)
chart-lane-note = розмір = серйозність · порожнє = мікроневдача · золотий ромб = здобута навичка
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
progress-report = Звіт для наставника…
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
       *[other] { $count } невдач
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
progress-legend-shapes = · порожнє = мікроневдача · розмір = серйозність
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
       *[other] { $count } щоденних відміток
    } · { $share } днів · серія { $streak } (найдовша { $longest })
progress-coverage-help = Покриття = дні з щоденною відміткою / дні періоду. Поточна серія закінчується в останній день періоду (або напередодні).
progress-setbacks-count =
    { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
       *[other] { $count } невдач
    }, { $micro ->
        [one] { $micro } мікроневдача
        [few] { $micro } мікроневдачі
       *[other] { $micro } мікроневдач
    }
progress-bounce-back = Медіанний час відновлення: { $median } дня
progress-bounce-back-needs = Час відновлення: потрібні 3 щоденні відмітки з настроєм за 14 днів до невдачі
progress-bounce-back-help = Для кожної невдачі: дні, доки середній настрій за останні 3 дні не повернеться до середнього за 14 днів перед нею. Медіана — за невдачами періоду, що мають значення.
progress-recoveries = { $words }: медіана { $first } дня, потім { $second } дня
progress-recoveries-help = Медіанний час відновлення першої половини невдач періоду проти другої.
progress-recoveries-needs = Швидше чи повільніше відновлення: потрібно 4 невдачі з часом відновлення
progress-skills-acquired =
    { $count ->
        [one] { $count } навичку здобуто
        [few] { $count } навички здобуто
       *[other] { $count } навичок здобуто
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
       *[other] { $count } невдачах
    } з { $date } ({ $categories })
progress-lessons = Уроки на практиці
progress-lessons-help = Експерименти з уроків цього періоду і чи їх спробували.
progress-experiments-planned = Заплановані експерименти:
progress-experiments-planned-help = Експерименти, створені в цьому періоді.
progress-tried = Спробувано:
progress-tried-figures = { $count } — вдалося: { $worked }, частково: { $partly }, ні: { $didnt }
progress-tried-help = Експерименти, спробувані в цьому періоді, за результатом.
progress-dropped = Облишено:
progress-dropped-help = Експерименти, від яких відмовилися в цьому періоді.
progress-days-to-first-try = Днів до першої спроби:
progress-days-to-first-try-median = { $days } (медіана)
progress-days-to-first-try-help = Медіана днів від невдачі до першої спроби — за невдачами періоду зі спробуваним експериментом.
progress-put-into-practice = Невдачі, втілені на практиці:
progress-put-into-practice-share = { $percent }% з { $count }
progress-put-into-practice-help = Частка невдач періоду, для яких спробувано хоча б один експеримент.
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
