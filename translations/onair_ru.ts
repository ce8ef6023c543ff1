<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BroadcastSession</name>
    <message>
        <source>No stream is bound yet: create or pick a stream and bind it.</source>
        <translation>Поток ещё не привязан: создайте или выберите поток и привяжите его.</translation>
    </message>
    <message>
        <source>The stream is not receiving data: start the encoder and wait for &quot;active&quot;.</source>
        <translation>Поток не получает данные: запустите кодировщик и дождитесь статуса «active».</translation>
    </message>
    <message>
        <source>Testing needs the monitor stream, which is off for this broadcast.</source>
        <translation>Для теста нужен контрольный поток, а он выключен для этой трансляции.</translation>
    </message>
    <message>
        <source>A transition is already under way: wait for it to finish.</source>
        <translation>Переход уже выполняется: дождитесь его завершения.</translation>
    </message>
    <message>
        <source>The broadcast is already in that state.</source>
        <translation>Трансляция уже находится в этом состоянии.</translation>
    </message>
    <message>
        <source>YouTube does not allow that step from the current state.</source>
        <translation>YouTube не допускает этот шаг из текущего состояния.</translation>
    </message>
    <message>
        <source>Auto start and auto stop can change only before the show starts (created or ready). With a test phase, leave them off and go live and end by hand.</source>
        <translation>Автозапуск и автоостановку можно менять только до начала трансляции (created или ready). Если будет тестовый этап, оставьте их выключенными и выходите в эфир и завершайте вручную.</translation>
    </message>
    <message>
        <source>Auto start can change only while the stream is not receiving data: switch it before the encoder starts, or go live by hand.</source>
        <translation>Автозапуск можно менять только пока поток не получает данных: переключите его до запуска кодировщика или выходите в эфир вручную.</translation>
    </message>
    <message>
        <source>The broadcast has ended: it cannot be tested or go live again.</source>
        <translation>Трансляция завершена: её нельзя снова тестировать или вывести в эфир.</translation>
    </message>
    <message>
        <source>The Content ID claim is not finished yet: wait for it (see the show rail).</source>
        <translation>Заявка Content ID ещё не готова: дождитесь её (см. этапы эфира).</translation>
    </message>
    <message>
        <source>The Content ID claim failed: retry it or go on without a claim.</source>
        <translation>Заявка Content ID не удалась: повторите её или продолжайте без заявки.</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>Usage: onair ctl COMMAND
  break [SECONDS] [--at HH:MM[:SS] | --offset MS]  place an ad break
  status [--json]     the show&apos;s state
  test                start testing
  live | end | recover   arm it (when allowed in Settings → Remote control)
  confirm live|end|recover   carry out what was armed, within 5 s
  refresh             read the broadcast and the stream now
Exit codes: 0 done, 1 refused, 2 usage, 3 no OnAir running, 4 ignored (double press), 5 armed, 6 not allowed, 7 too many calls, 8 no answer from YouTube.</source>
        <translation>Использование: onair ctl COMMAND
  break [SECONDS] [--at HH:MM[:SS] | --offset MS]  поставить рекламную паузу
  status [--json]     состояние эфира
  test                начать тест
  live | end | recover   взвести команду (если разрешено в Настройки → Дистанционное управление)
  confirm live|end|recover   выполнить взведённую команду в течение 5 с
  refresh             прочитать трансляцию и поток сейчас
Коды выхода: 0 выполнено, 1 отклонено, 2 неверный вызов, 3 OnAir не запущен, 4 проигнорировано (двойное нажатие), 5 взведено, 6 не разрешено, 7 слишком много вызовов, 8 нет ответа от YouTube.</translation>
    </message>
    <message>
        <source>onair ctl: --at takes HH:MM or HH:MM:SS.</source>
        <translation>onair ctl: --at принимает HH:MM или HH:MM:SS.</translation>
    </message>
    <message>
        <source>onair ctl: --offset takes milliseconds (0 or more).</source>
        <translation>onair ctl: --offset принимает миллисекунды (0 или больше).</translation>
    </message>
    <message>
        <source>onair ctl: &quot;%1&quot; is not a duration in seconds.</source>
        <translation>onair ctl: «%1» — не длительность в секундах.</translation>
    </message>
    <message>
        <source>onair ctl: a break is at a wall time or at an offset, not both.</source>
        <translation>onair ctl: пауза ставится либо на время по часам, либо со смещением, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>onair ctl: no OnAir is running (nothing answers on D-Bus as %1).</source>
        <translation>onair ctl: OnAir не запущен (в D-Bus никто не отвечает как %1).</translation>
    </message>
    <message>
        <source>onair ctl: OnAir did not answer: %1</source>
        <translation>onair ctl: OnAir не ответил: %1</translation>
    </message>
    <message>
        <source>tally: %1</source>
        <translation>индикатор эфира: %1</translation>
    </message>
    <message>
        <source>broadcast: %1 (%2), stream %3</source>
        <translation>трансляция: %1 (%2), поток %3</translation>
    </message>
    <message>
        <source>ad breaks: can be placed now</source>
        <translation>рекламные паузы: можно ставить сейчас</translation>
    </message>
    <message>
        <source>ad breaks: %1</source>
        <translation>рекламные паузы: %1</translation>
    </message>
    <message>
        <source>an ad break is running</source>
        <translation>идёт рекламная пауза</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The project&apos;s YouTube API quota for today is used up. Nothing more can be changed until it resets at midnight Pacific time; ask for a higher quota in the Google Cloud console.</source>
        <translation>Дневная квота YouTube API проекта исчерпана. Никакие изменения невозможны до её сброса в полночь по тихоокеанскому времени; запросите увеличение квоты в консоли Google Cloud.</translation>
    </message>
    <message>
        <source>YouTube is receiving requests from OnAir too quickly. Wait a minute, then try again.</source>
        <translation>YouTube получает запросы от OnAir слишком часто. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>This account is sending requests too quickly. Wait a minute, then try again.</source>
        <translation>Этот аккаунт отправляет запросы слишком часто. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>This account sent too many requests in a short time. Wait a minute, then try again.</source>
        <translation>Этот аккаунт отправил слишком много запросов за короткое время. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube did not accept the sign-in. Sign in to the account again.</source>
        <translation>YouTube не принял вход. Войдите в аккаунт снова.</translation>
    </message>
    <message>
        <source>The sign-in does not grant the access OnAir needs. Sign in again and allow managing your YouTube account.</source>
        <translation>Выполненный вход не даёт OnAir нужного доступа. Войдите снова и разрешите управление аккаунтом YouTube.</translation>
    </message>
    <message>
        <source>The YouTube Data API is not enabled for this OAuth client&apos;s project. Enable it in the Google Cloud console, then try again.</source>
        <translation>YouTube Data API не включён в проекте этого клиента OAuth. Включите его в консоли Google Cloud и повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube refused this action for this channel or in the broadcast&apos;s current state. Check the broadcast&apos;s state and the channel&apos;s permissions.</source>
        <translation>YouTube отклонил это действие для данного канала или в текущем состоянии трансляции. Проверьте состояние трансляции и права канала.</translation>
    </message>
    <message>
        <source>YouTube had a temporary internal problem. Try again in a moment.</source>
        <translation>У YouTube временная внутренняя неполадка. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>YouTube had an internal error. Try again in a moment; if it persists, check the YouTube status page.</source>
        <translation>Внутренняя ошибка YouTube. Повторите попытку чуть позже; если ошибка сохраняется, проверьте страницу статуса YouTube.</translation>
    </message>
    <message>
        <source>YouTube is temporarily unavailable. Try again in a moment.</source>
        <translation>YouTube временно недоступен. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>YouTube rejected the request as malformed. This is likely a bug in OnAir; the event log has the details.</source>
        <translation>YouTube отклонил запрос как некорректный. Вероятно, это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>YouTube rejected a value in the request. Check the settings you entered.</source>
        <translation>YouTube отклонил значение в запросе. Проверьте введённые настройки.</translation>
    </message>
    <message>
        <source>YouTube rejected a parameter of the request. This is likely a bug in OnAir; the event log has the details.</source>
        <translation>YouTube отклонил параметр запроса. Вероятно, это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>A required value is missing from the request. Fill in all required settings and try again.</source>
        <translation>В запросе отсутствует обязательное значение. Заполните все обязательные настройки и повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube could not read the request. This is a bug in OnAir; the event log has the details.</source>
        <translation>YouTube не смог прочитать запрос. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The upload was sent to the wrong address. This is a bug in OnAir; the event log has the details.</source>
        <translation>Загрузка отправлена не по тому адресу. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The file is too large for YouTube. Choose a smaller file.</source>
        <translation>Файл слишком велик для YouTube. Выберите файл меньшего размера.</translation>
    </message>
    <message>
        <source>The request combined options YouTube does not allow together. This is a bug in OnAir; the event log has the details.</source>
        <translation>В запросе сочетаются параметры, которые YouTube не допускает вместе. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The list request used an invalid filter. This is a bug in OnAir; the event log has the details.</source>
        <translation>В запросе списка использован недопустимый фильтр. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The list page is no longer valid. Refresh the list.</source>
        <translation>Страница списка больше не действительна. Обновите список.</translation>
    </message>
    <message>
        <source>The request lacks a required parameter. This is a bug in OnAir; the event log has the details.</source>
        <translation>В запросе не хватает обязательного параметра. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The request has a parameter YouTube does not accept. This is a bug in OnAir; the event log has the details.</source>
        <translation>В запросе есть параметр, который YouTube не принимает. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The request asked for a part YouTube does not know. This is a bug in OnAir; the event log has the details.</source>
        <translation>В запросе указана часть (part), неизвестная YouTube. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>This Google account may not act for the selected channel. Sign in with the channel&apos;s owner or a manager.</source>
        <translation>Этот аккаунт Google не может действовать от имени выбранного канала. Войдите как владелец или менеджер канала.</translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is closed. Sign in with another account.</source>
        <translation>Аккаунт YouTube, с которым выполнен вход, закрыт. Войдите с другим аккаунтом.</translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is suspended. Sign in with another account.</source>
        <translation>Аккаунт YouTube, с которым выполнен вход, заблокирован. Войдите с другим аккаунтом.</translation>
    </message>
    <message>
        <source>A YouTube limit for this account has been reached. Wait, or remove old items, then try again.</source>
        <translation>Достигнут лимит YouTube для этого аккаунта. Подождите или удалите старые элементы, затем повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube could not find the requested item. It may have been deleted; refresh the list.</source>
        <translation>YouTube не нашёл запрошенный элемент. Возможно, он удалён; обновите список.</translation>
    </message>
    <message>
        <source>The item was changed elsewhere at the same time. Refresh and try again.</source>
        <translation>Элемент одновременно изменили в другом месте. Обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <source>This item already exists. Refresh the list before creating it again.</source>
        <translation>Такой элемент уже существует. Обновите список, прежде чем создавать его снова.</translation>
    </message>
    <message>
        <source>Too many uploads in a short time. Wait a few minutes, then try again.</source>
        <translation>Слишком много загрузок за короткое время. Подождите несколько минут и повторите попытку.</translation>
    </message>
    <message>
        <source>The monitor stream can only be switched on or off before testing starts.</source>
        <translation>Контрольный поток можно включить или выключить только до начала теста.</translation>
    </message>
    <message>
        <source>DVR can only be changed before testing starts.</source>
        <translation>DVR можно изменить только до начала теста.</translation>
    </message>
    <message>
        <source>Recording can only be changed before testing starts.</source>
        <translation>Запись можно изменить только до начала теста.</translation>
    </message>
    <message>
        <source>This channel cannot embed live broadcasts. Switch embedding off for this broadcast.</source>
        <translation>Этот канал не может встраивать прямые трансляции. Отключите встраивание для этой трансляции.</translation>
    </message>
    <message>
        <source>Auto-start can only be changed before testing while the stream is not receiving data.</source>
        <translation>Автозапуск можно изменить только до теста и пока поток не получает данные.</translation>
    </message>
    <message>
        <source>Auto-stop can only be changed before testing starts.</source>
        <translation>Автоостановку можно изменить только до начала теста.</translation>
    </message>
    <message>
        <source>Auto-start cannot be used with this broadcast. Switch auto-start off.</source>
        <translation>Автозапуск нельзя использовать с этой трансляцией. Отключите автозапуск.</translation>
    </message>
    <message>
        <source>Auto-stop cannot be used with this broadcast. Switch auto-stop off.</source>
        <translation>Автоостановку нельзя использовать с этой трансляцией. Отключите автоостановку.</translation>
    </message>
    <message>
        <source>Closed captions can only be changed before testing starts.</source>
        <translation>Субтитры можно изменить только до начала теста.</translation>
    </message>
    <message>
        <source>The closed-caption settings contradict each other. Choose one caption type.</source>
        <translation>Настройки субтитров противоречат друг другу. Выберите один тип субтитров.</translation>
    </message>
    <message>
        <source>This latency does not fit the other settings (ultra-low latency rules out captions, 1440p and 4K). Choose another latency.</source>
        <translation>Эта задержка несовместима с другими настройками (сверхнизкая задержка исключает субтитры, 1440p и 4K). Выберите другую задержку.</translation>
    </message>
    <message>
        <source>This broadcast cannot use that projection. Choose rectangular.</source>
        <translation>Эта трансляция не может использовать такую проекцию. Выберите прямоугольную.</translation>
    </message>
    <message>
        <source>A title is required. Enter one.</source>
        <translation>Требуется название. Введите его.</translation>
    </message>
    <message>
        <source>A scheduled start time is required. Enter one.</source>
        <translation>Требуется запланированное время начала. Укажите его.</translation>
    </message>
    <message>
        <source>A privacy setting is required. Choose public, unlisted or private.</source>
        <translation>Требуется настройка доступа. Выберите открытый доступ, доступ по ссылке или ограниченный доступ.</translation>
    </message>
    <message>
        <source>A scheduled end time is required. Enter one.</source>
        <translation>Требуется запланированное время окончания. Укажите его.</translation>
    </message>
    <message>
        <source>The title is not valid (it must be 1 to 100 characters for a broadcast). Shorten or fill it in.</source>
        <translation>Недопустимое название (для трансляции — от 1 до 100 символов). Сократите или заполните его.</translation>
    </message>
    <message>
        <source>The description is too long. Shorten it.</source>
        <translation>Описание слишком длинное. Сократите его.</translation>
    </message>
    <message>
        <source>The scheduled start time must be in the future and not too far ahead. Pick another time.</source>
        <translation>Запланированное время начала должно быть в будущем и не слишком далеко. Выберите другое время.</translation>
    </message>
    <message>
        <source>The scheduled end time must be after the start time. Pick another time.</source>
        <translation>Запланированное время окончания должно быть позже времени начала. Выберите другое время.</translation>
    </message>
    <message>
        <source>That privacy setting is not valid. Choose public, unlisted or private.</source>
        <translation>Недопустимая настройка доступа. Выберите открытый доступ, доступ по ссылке или ограниченный доступ.</translation>
    </message>
    <message>
        <source>This account may not manage live broadcasts. Check the channel&apos;s live streaming permissions.</source>
        <translation>Этот аккаунт не может управлять прямыми трансляциями. Проверьте права канала на прямые трансляции.</translation>
    </message>
    <message>
        <source>Live streaming is blocked for this channel. See YouTube Studio for the reason.</source>
        <translation>Прямые трансляции для этого канала заблокированы. Причину смотрите в YouTube Studio.</translation>
    </message>
    <message>
        <source>Live streaming is not enabled for this channel. Enable it in YouTube Studio (it can take 24 hours).</source>
        <translation>Прямые трансляции для этого канала не включены. Включите их в YouTube Studio (это может занять 24 часа).</translation>
    </message>
    <message>
        <source>This channel has too many scheduled broadcasts. Delete some, then try again.</source>
        <translation>На этом канале слишком много запланированных трансляций. Удалите часть из них и повторите попытку.</translation>
    </message>
    <message>
        <source>The monitor stream setting is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation>В обновлении отсутствует настройка контрольного потока. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The broadcast delay is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation>В обновлении отсутствует задержка трансляции. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>No broadcast or stream was given. Select one and try again.</source>
        <translation>Не указана ни трансляция, ни поток. Выберите нужное и повторите попытку.</translation>
    </message>
    <message>
        <source>No target state was given for the transition. This is a bug in OnAir; the event log has the details.</source>
        <translation>Для перехода не указано целевое состояние. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The broadcast no longer exists on YouTube. Refresh the list and pick or create another.</source>
        <translation>Трансляция больше не существует на YouTube. Обновите список и выберите или создайте другую.</translation>
    </message>
    <message>
        <source>The broadcast is already in that state, or on its way there.</source>
        <translation>Трансляция уже находится в этом состоянии или переходит в него.</translation>
    </message>
    <message>
        <source>The broadcast cannot move to that state from its current one. Refresh to see where it is.</source>
        <translation>Трансляция не может перейти в это состояние из текущего. Обновите данные, чтобы увидеть её состояние.</translation>
    </message>
    <message>
        <source>The stream is not receiving data. Start the encoder, wait until the stream shows active, then try again.</source>
        <translation>Поток не получает данные. Запустите кодировщик, дождитесь статуса active у потока и повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube could not carry out the transition. Try again; if the broadcast stays stuck, use the recovery.</source>
        <translation>YouTube не смог выполнить переход. Повторите попытку; если трансляция так и зависнет, воспользуйтесь восстановлением.</translation>
    </message>
    <message>
        <source>A stream cannot be bound or unbound in the broadcast&apos;s current state.</source>
        <translation>В текущем состоянии трансляции поток нельзя привязать или отвязать.</translation>
    </message>
    <message>
        <source>The stream no longer exists on YouTube. Pick or create another.</source>
        <translation>Поток больше не существует на YouTube. Выберите или создайте другой.</translation>
    </message>
    <message>
        <source>The broadcast cannot be deleted in its current state. End it first.</source>
        <translation>Трансляцию нельзя удалить в текущем состоянии. Сначала завершите её.</translation>
    </message>
    <message>
        <source>The ad break has no type. This is a bug in OnAir; the event log has the details.</source>
        <translation>У рекламной паузы не указан тип. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>An ad break can have an offset or a wall-clock time, not both. This is a bug in OnAir; the event log has the details.</source>
        <translation>У рекламной паузы может быть либо смещение, либо время по часам, но не оба сразу. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The ad break&apos;s offset is not valid (outside the window the broadcast delay allows). Fire it again closer to now.</source>
        <translation>Недопустимое смещение рекламной паузы (вне окна, которое допускает задержка трансляции). Запустите её снова ближе к текущему моменту.</translation>
    </message>
    <message>
        <source>The ad break&apos;s time is not valid. Choose another time.</source>
        <translation>Недопустимое время рекламной паузы. Выберите другое время.</translation>
    </message>
    <message>
        <source>The stream&apos;s ingestion settings are missing. Choose an ingestion type, resolution and frame rate.</source>
        <translation>Отсутствуют настройки приёма потока. Выберите тип приёма, разрешение и частоту кадров.</translation>
    </message>
    <message>
        <source>The stream needs an ingestion type. Choose one (RTMP is the usual).</source>
        <translation>Для потока нужен тип приёма. Выберите его (обычно RTMP).</translation>
    </message>
    <message>
        <source>The stream needs a frame rate with its resolution. Choose one.</source>
        <translation>Для потока нужна частота кадров вместе с разрешением. Выберите её.</translation>
    </message>
    <message>
        <source>The stream needs a resolution with its frame rate. Choose one.</source>
        <translation>Для потока нужно разрешение вместе с частотой кадров. Выберите его.</translation>
    </message>
    <message>
        <source>The stream format field is no longer accepted. This is a bug in OnAir; the event log has the details.</source>
        <translation>Поле формата потока больше не принимается. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>That frame rate is not valid for a stream. Choose 30fps, 60fps or variable.</source>
        <translation>Недопустимая частота кадров для потока. Выберите 30fps, 60fps или переменную.</translation>
    </message>
    <message>
        <source>That ingestion type is not valid. Choose RTMP, DASH, WebRTC or HLS.</source>
        <translation>Недопустимый тип приёма. Выберите RTMP, DASH, WebRTC или HLS.</translation>
    </message>
    <message>
        <source>That resolution is not valid for a stream. Choose another.</source>
        <translation>Недопустимое разрешение для потока. Выберите другое.</translation>
    </message>
    <message>
        <source>This stream cannot be changed now (resolution, frame rate and ingestion type are fixed once created). Create a new stream instead.</source>
        <translation>Этот поток сейчас нельзя изменить (разрешение, частота кадров и тип приёма фиксируются при создании). Создайте новый поток.</translation>
    </message>
    <message>
        <source>The stream is bound to a broadcast that has not ended. End or unbind the broadcast first.</source>
        <translation>Поток привязан к незавершённой трансляции. Сначала завершите трансляцию или отвяжите поток.</translation>
    </message>
    <message>
        <source>A default language is needed for the localized titles. Set the video&apos;s language.</source>
        <translation>Для локализованных названий нужен язык по умолчанию. Укажите язык видео.</translation>
    </message>
    <message>
        <source>That category does not exist. Choose another category.</source>
        <translation>Такой категории не существует. Выберите другую категорию.</translation>
    </message>
    <message>
        <source>That privacy setting is not allowed for this video. Choose another.</source>
        <translation>Эта настройка доступа не разрешена для данного видео. Выберите другую.</translation>
    </message>
    <message>
        <source>The scheduled publishing time is not valid. Choose another time.</source>
        <translation>Недопустимое запланированное время публикации. Выберите другое время.</translation>
    </message>
    <message>
        <source>The recording details are not valid. Check them.</source>
        <translation>Недопустимые сведения о записи. Проверьте их.</translation>
    </message>
    <message>
        <source>The tags are not valid (too long in total, or with forbidden characters). Shorten them.</source>
        <translation>Недопустимые теги (слишком длинные в сумме или с запрещёнными символами). Сократите их.</translation>
    </message>
    <message>
        <source>The video&apos;s details are not valid. Check the title, description and tags.</source>
        <translation>Недопустимые сведения о видео. Проверьте название, описание и теги.</translation>
    </message>
    <message>
        <source>This video may not change its embedding setting. Leave it as it is.</source>
        <translation>Для этого видео нельзя изменить настройку встраивания. Оставьте её как есть.</translation>
    </message>
    <message>
        <source>This video may not use that licence. Leave it as it is.</source>
        <translation>Для этого видео нельзя использовать эту лицензию. Оставьте её как есть.</translation>
    </message>
    <message>
        <source>This video may not use that privacy setting. Choose another.</source>
        <translation>Для этого видео нельзя использовать эту настройку доступа. Выберите другую.</translation>
    </message>
    <message>
        <source>The video no longer exists on YouTube. Refresh the list.</source>
        <translation>Видео больше не существует на YouTube. Обновите список.</translation>
    </message>
    <message>
        <source>YouTube could not use this image. Choose a JPEG or PNG within the size limit.</source>
        <translation>YouTube не смог использовать это изображение. Выберите JPEG или PNG допустимого размера.</translation>
    </message>
    <message>
        <source>No image was sent. Choose an image and try again.</source>
        <translation>Изображение не отправлено. Выберите изображение и повторите попытку.</translation>
    </message>
    <message>
        <source>Too many thumbnail uploads in a short time. Wait a few minutes, then try again.</source>
        <translation>Слишком много загрузок значков за короткое время. Подождите несколько минут и повторите попытку.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in to the account again.</source>
        <translation>Срок действия входа истёк, или доступ был отозван. Войдите в аккаунт снова.</translation>
    </message>
    <message>
        <source>Google does not know this OAuth client, or its secret is wrong. Import the client_secret.json of a Desktop app again.</source>
        <translation>Google не знает этот клиент OAuth, или его секрет неверен. Снова импортируйте client_secret.json приложения типа Desktop app.</translation>
    </message>
    <message>
        <source>This OAuth client may not sign in this way. Use a client of type Desktop app.</source>
        <translation>Этот клиент OAuth не может выполнять вход таким способом. Используйте клиент типа Desktop app.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in request. Try again; if it persists, import the client_secret.json again.</source>
        <translation>Google отклонил запрос на вход. Повторите попытку; если ошибка сохраняется, снова импортируйте client_secret.json.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in request type. This is a bug in OnAir; the event log has the details.</source>
        <translation>Google отклонил тип запроса на вход. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>Google rejected the requested permissions. This is a bug in OnAir; the event log has the details.</source>
        <translation>Google отклонил запрошенные разрешения. Это ошибка в OnAir; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The sign-in token is not valid any more. Sign in to the account again.</source>
        <translation>Токен входа больше не действителен. Войдите в аккаунт снова.</translation>
    </message>
    <message>
        <source>OnAir could not open the web browser for sign-in. Set a default browser, then try again.</source>
        <translation>OnAir не удалось открыть браузер для входа. Назначьте браузер по умолчанию и повторите попытку.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled in the browser. Sign in again and allow access.</source>
        <translation>Вход отменён в браузере. Войдите снова и разрешите доступ.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator does not allow this app. Ask them, or use another account.</source>
        <translation>Администратор вашей организации не разрешает это приложение. Обратитесь к нему или используйте другой аккаунт.</translation>
    </message>
    <message>
        <source>Google refused the browser used for sign-in. Sign in with your usual system browser.</source>
        <translation>Google отклонил браузер, через который выполнялся вход. Войдите через обычный системный браузер.</translation>
    </message>
    <message>
        <source>This OAuth client is limited to its own organisation. Use an account of that organisation, or another client.</source>
        <translation>Этот клиент OAuth ограничен своей организацией. Используйте аккаунт этой организации или другой клиент.</translation>
    </message>
    <message>
        <source>This OAuth client was deleted. Create a Desktop app client and import its client_secret.json.</source>
        <translation>Этот клиент OAuth удалён. Создайте клиент типа Desktop app и импортируйте его client_secret.json.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in address. Make sure the OAuth client is of type Desktop app.</source>
        <translation>Google отклонил адрес входа. Убедитесь, что клиент OAuth имеет тип Desktop app.</translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Create a channel or sign in with another account.</source>
        <translation>У этого аккаунта Google нет канала YouTube. Создайте канал или войдите с другим аккаунтом.</translation>
    </message>
    <message>
        <source>OnAir could not reach YouTube. Check the network connection, then try again.</source>
        <translation>OnAir не удалось связаться с YouTube. Проверьте сетевое подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube did not answer in time. Check the network connection, then try again.</source>
        <translation>YouTube не ответил вовремя. Проверьте сетевое подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube&apos;s answer could not be read. Try again; the event log has the details.</source>
        <translation>Не удалось прочитать ответ YouTube. Повторите попытку; подробности — в журнале событий.</translation>
    </message>
    <message>
        <source>The account is signed out. Sign in again to continue; nothing was lost.</source>
        <translation>Выполнен выход из аккаунта. Войдите снова, чтобы продолжить; ничего не потеряно.</translation>
    </message>
    <message>
        <source>The request reached YouTube but no answer came back, so OnAir cannot tell whether it took effect. Check the broadcast before trying again.</source>
        <translation>Запрос дошёл до YouTube, но ответ не пришёл, поэтому OnAir не может определить, выполнен ли он. Проверьте трансляцию, прежде чем повторять попытку.</translation>
    </message>
    <message>
        <source>YouTube did not create the item (the answer was lost and nothing matching exists). Try again.</source>
        <translation>YouTube не создал элемент (ответ потерян, и совпадающего элемента нет). Повторите попытку.</translation>
    </message>
    <message>
        <source>Sign-in took too long in the browser. Start it again.</source>
        <translation>Вход в браузере занял слишком много времени. Начните его заново.</translation>
    </message>
    <message>
        <source>The browser answered for another sign-in attempt. Start sign-in again.</source>
        <translation>Браузер ответил на другую попытку входа. Начните вход заново.</translation>
    </message>
    <message>
        <source>Access was granted without the YouTube permission OnAir needs. Sign in again and tick every box.</source>
        <translation>Доступ предоставлен без разрешения YouTube, нужного OnAir. Войдите снова и отметьте все флажки.</translation>
    </message>
    <message>
        <source>This file is not a Google client_secret.json for a Desktop app. Download it again from the Google Cloud console.</source>
        <translation>Этот файл не является Google client_secret.json для приложения Desktop app. Скачайте его заново из консоли Google Cloud.</translation>
    </message>
    <message>
        <source>YouTube refused the request.</source>
        <translation>YouTube отклонил запрос.</translation>
    </message>
    <message>
        <source>YouTube could not find the item. Refresh the list.</source>
        <translation>YouTube не нашёл элемент. Обновите список.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a minute, then try again.</source>
        <translation>Слишком много запросов за короткое время. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>YouTube had a problem on its side. Try again in a moment.</source>
        <translation>Неполадка на стороне YouTube. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>YouTube rejected the request.</source>
        <translation>YouTube отклонил запрос.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Запрос не выполнен.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>YouTube said: &quot;%1&quot;</source>
        <translation>Ответ YouTube: «%1»</translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <translation>(причина: %1)</translation>
    </message>
    <message>
        <source>The ad break was not sent: YouTube could not be reached in time and a later break would be misplaced. Press again if it is still wanted.</source>
        <translation>Рекламная пауза не отправлена: YouTube не удалось достичь вовремя, а более поздняя пауза оказалась бы не на своём месте. Нажмите снова, если она ещё нужна.</translation>
    </message>
    <message>
        <source>This channel has reached YouTube&apos;s limit of uploads for now. Start the upload again tomorrow.</source>
        <translation>Канал исчерпал текущий лимит загрузок YouTube. Запустите загрузку снова завтра.</translation>
    </message>
    <message>
        <source>This account manages more than one Content ID owner. Choose the owner to act for, then try again.</source>
        <translation>Этот аккаунт управляет несколькими владельцами контента Content ID. Выберите владельца, от имени которого действовать, и повторите попытку.</translation>
    </message>
    <message>
        <source>Content ID cannot make the reference yet: it needs the broadcast&apos;s recording (record from start) once it is processed, unless the owner is approved for live delivery. OnAir can create it after the show.</source>
        <translation>Content ID пока не может создать референс: нужна обработанная запись трансляции («Запись с начала»), если только владелец не одобрен для live delivery. OnAir может создать референс после эфира.</translation>
    </message>
    <message>
        <source>Content ID does not accept a service account. Sign in with a Google account linked to the content owner.</source>
        <translation>Content ID не принимает сервисный аккаунт. Войдите с аккаунтом Google, связанным с владельцем контента.</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>Runs the announcement queue with no window.</source>
        <translation>Обрабатывает очередь анонсов без окна.</translation>
    </message>
    <message>
        <source>Run with no window.</source>
        <translation>Работать без окна.</translation>
    </message>
    <message>
        <source>The announcement queue&apos;s database (default %1).</source>
        <translation>База данных очереди анонсов (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Leave once nothing is pending or being sent.</source>
        <translation>Завершить работу, когда не останется ожидающих и отправляемых постов.</translation>
    </message>
    <message>
        <source>Send a post at most this many minutes late (default 15); later ones are held for the operator.</source>
        <translation>Отправлять пост с опозданием не более чем на столько минут (по умолчанию 15); более поздние задерживаются до решения оператора.</translation>
    </message>
    <message>
        <source>Queue row %1 cannot be read and is left as it is: %2</source>
        <translation>Не удаётся прочитать строку очереди %1, она оставлена как есть: %2</translation>
    </message>
    <message>
        <source>Running the announcement queue %1.</source>
        <translation>Обработка очереди анонсов %1.</translation>
    </message>
    <message>
        <source>For the sandbox&apos;s uploads, use a running sandbox, given its ready line (JSON).</source>
        <translation>Для загрузок песочницы использовать уже запущенную песочницу по её строке готовности (JSON).</translation>
    </message>
</context>
<context>
    <name>HeadlessUploads</name>
    <message>
        <source>--sandbox-ready: %1</source>
        <translation>--sandbox-ready: %1</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Песочница не запустилась: %1</translation>
    </message>
    <message>
        <source>The uploads of %1 wait: the account is signed out; sign in from OnAir&apos;s window.</source>
        <translation>Загрузки %1 ждут: аккаунт не вошёл в систему; войдите из окна OnAir.</translation>
    </message>
    <message>
        <source>upload %1 (%2): %3</source>
        <translation>загрузка %1 (%2): %3</translation>
    </message>
    <message>
        <source>upload %1: %2%</source>
        <translation>загрузка %1: %2%</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Cannot sign in to the sandbox: %1</source>
        <translation>Не удалось войти в песочницу: %1</translation>
    </message>
</context>
<context>
    <name>ShowStages</name>
    <message>
        <source>No Content ID owner for this channel.</source>
        <translation>У этого канала нет владельца контента Content ID.</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Недоступно в этой версии.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Эфир</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референс</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Анонсы</translation>
    </message>
</context>
<context>
    <name>ThumbnailReader</name>
    <message>
        <source>Cannot read the thumbnail %1: %2</source>
        <translation>Не удаётся прочитать миниатюру %1: %2</translation>
    </message>
    <message>
        <source>The thumbnail %1 is larger than %2 MB.</source>
        <translation>Миниатюра %1 больше %2 МБ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A control room for YouTube Live</source>
        <translation>Аппаратная для YouTube Live</translation>
    </message>
    <message>
        <source>Rehearse against a local sandbox started by OnAir.</source>
        <translation>Репетиция на локальной песочнице, запущенной OnAir.</translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation>Использовать запущенную песочницу по её строке готовности (JSON).</translation>
    </message>
    <message>
        <source>Open this broadcast (its id) once signed in.</source>
        <translation>Открыть эту трансляцию (по её id) после входа.</translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts (default %1).</source>
        <translation>Корневой адрес YouTube API для аккаунтов Google (по умолчанию %1).</translation>
    </message>
</context>
<context>
    <name>onair::ActionOrigins</name>
    <message>
        <source>D-Bus</source>
        <translation>D-Bus</translation>
    </message>
    <message>
        <source>onair ctl</source>
        <translation>onair ctl</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP API</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementPublisher</name>
    <message>
        <source>The account of this post no longer exists; nothing was sent.</source>
        <translation>Аккаунта этого поста больше нет; ничего не отправлено.</translation>
    </message>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Для этого аккаунта не сохранён токен.</translation>
    </message>
    <message>
        <source>Accepted by Telegram; the message id is not known yet.</source>
        <translation>Telegram принял пост; id сообщения пока неизвестен.</translation>
    </message>
    <message>
        <source>Edited message %1.</source>
        <translation>Сообщение %1 изменено.</translation>
    </message>
    <message>
        <source>Posted as message %1.</source>
        <translation>Опубликовано как сообщение %1.</translation>
    </message>
    <message>
        <source>No answer from Telegram (%1): the post may be in the channel.</source>
        <translation>Нет ответа от Telegram (%1): возможно, пост уже в канале.</translation>
    </message>
    <message>
        <source>Telegram refused: %1</source>
        <translation>Telegram отклонил: %1</translation>
    </message>
    <message>
        <source>Instagram did not make the post&apos;s container: %1</source>
        <translation>Instagram не создал контейнер поста: %1</translation>
    </message>
    <message>
        <source>Container %1 made.</source>
        <translation>Контейнер %1 создан.</translation>
    </message>
    <message>
        <source>The container&apos;s status could not be read: %1</source>
        <translation>Не удалось прочитать статус контейнера: %1</translation>
    </message>
    <message numerus="yes">
        <source>Instagram was still processing the image after %n check(s); nothing was published.</source>
        <translation>
            <numerusform>Instagram всё ещё обрабатывал изображение после %n проверки; ничего не опубликовано.</numerusform>
            <numerusform>Instagram всё ещё обрабатывал изображение после %n проверок; ничего не опубликовано.</numerusform>
            <numerusform>Instagram всё ещё обрабатывал изображение после %n проверок; ничего не опубликовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram could not use the container (%1); a new one will be made.</source>
        <translation>Instagram не смог использовать контейнер (%1); будет создан новый.</translation>
    </message>
    <message>
        <source>Instagram&apos;s publishing limit (%1 in 24 h) is reached; the post waits for the window to move.</source>
        <translation>Достигнут лимит публикаций Instagram (%1 за 24 ч); пост ждёт, пока окно сдвинется.</translation>
    </message>
    <message>
        <source>Published as media %1.</source>
        <translation>Опубликовано как медиа %1.</translation>
    </message>
    <message>
        <source>Instagram did not publish: %1</source>
        <translation>Instagram не опубликовал: %1</translation>
    </message>
    <message>
        <source>The container was already published (media %1); not published again.</source>
        <translation>Контейнер уже опубликован (медиа %1); повторно не публикуется.</translation>
    </message>
    <message>
        <source>The container was already published; not published again (its media id could not be told).</source>
        <translation>Контейнер уже опубликован; повторно не публикуется (id его медиа определить не удалось).</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 failed; next attempt at %3.</source>
        <translation>Попытка %1 из %2 не удалась; следующая попытка в %3.</translation>
    </message>
    <message>
        <source>Not sent again by itself: look at the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>Автоматически повторно не отправляется: проверьте канал, затем выберите «Пост вышел» или «Отправить ещё раз».</translation>
    </message>
    <message>
        <source>Held: the account&apos;s token was refused.</source>
        <translation>Задержано: токен аккаунта отклонён.</translation>
    </message>
    <message>
        <source>Not executed (flood control): waiting %1 s, not counted as an attempt (wait %2 of at most %3 in a row); next attempt at %4.</source>
        <translation>Не выполнено (защита от флуда): ожидание %1 с, не считается попыткой (ожидание %2 из не более %3 подряд); следующая попытка в %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n flood wait(s) in a row: this one counts as an attempt.</source>
        <translation>
            <numerusform>%n ожидание из-за флуда подряд: это считается попыткой.</numerusform>
            <numerusform>%n ожидания из-за флуда подряд: это считается попыткой.</numerusform>
            <numerusform>%n ожиданий из-за флуда подряд: это считается попыткой.</numerusform>
        </translation>
    </message>
    <message>
        <source>The container could not be written to the queue before publishing, so nothing was published: %1</source>
        <translation>Контейнер не удалось записать в очередь перед публикацией, поэтому ничего не опубликовано: %1</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementQueueModel</name>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Waiting to retry (attempt %1 of %2)</source>
        <translation>Ожидает повтора (попытка %1 из %2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Пора отправлять</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>⚠ UNCONFIRMED</source>
        <translation>⚠ НЕ ПОДТВЕРЖДЕНО</translation>
    </message>
    <message>
        <source>⚠ LATE, held</source>
        <translation>⚠ ОПОЗДАНИЕ, задержано</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementScheduler</name>
    <message>
        <source>Held: it was due at %1 and OnAir was not running then. Send it now or cancel it.</source>
        <translation>Задержано: срок отправки был %1, а OnAir тогда не работал. Отправьте сейчас или отмените.</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementSpec</name>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>expected an account id</source>
        <translation>ожидается id аккаунта</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>ожидается непустая строка</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>ожидаются дата и время в формате ISO 8601</translation>
    </message>
    <message>
        <source>expected a whole number of minutes up to a week</source>
        <translation>ожидается целое число минут, не больше недели</translation>
    </message>
    <message>
        <source>expected the trigger of an earlier post</source>
        <translation>ожидается триггер более раннего поста</translation>
    </message>
    <message>
        <source>expected at, beforeStart, live, complete, recordingProcessed, uploadProcessed or uploadPublished, got &quot;%1&quot;</source>
        <translation>ожидается at, beforeStart, live, complete, recordingProcessed, uploadProcessed или uploadPublished, получено «%1»</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementStore</name>
    <message>
        <source>The announcement queue %1 could not be opened: %2</source>
        <translation>Не удалось открыть очередь анонсов %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an announcement queue; it was left untouched.</source>
        <translation>%1 не является очередью анонсов; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 was written by a newer OnAir; it was left untouched.</source>
        <translation>%1 записан более новой версией OnAir; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>неизвестная платформа «%1»</translation>
    </message>
    <message>
        <source>the post is not a JSON object (%1)</source>
        <translation>пост не является объектом JSON (%1)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>неизвестный статус «%1»</translation>
    </message>
    <message>
        <source>a pending post without a time</source>
        <translation>ожидающий пост без времени</translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: it may be in the channel. Look, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>OnAir остановился во время отправки этого поста: возможно, он уже в канале. Проверьте канал, затем выберите «Пост вышел» или «Отправить ещё раз».</translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: the container&apos;s status will say whether it went out.</source>
        <translation>OnAir остановился во время отправки этого поста: статус контейнера покажет, вышел ли пост.</translation>
    </message>
</context>
<context>
    <name>onair::Announcements</name>
    <message>
        <source>The announcement queue is run by another OnAir (process %1).</source>
        <translation>Очередью анонсов управляет другой экземпляр OnAir (процесс %1).</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Отменено оператором.</translation>
    </message>
    <message>
        <source>Retried by the operator.</source>
        <translation>Повторная попытка по команде оператора.</translation>
    </message>
    <message>
        <source>The operator saw the post in the channel (&quot;It&apos;s there&quot;).</source>
        <translation>Оператор увидел пост в канале («Пост вышел»).</translation>
    </message>
    <message>
        <source>The operator found no post and asked to send it again.</source>
        <translation>Оператор не нашёл пост и запросил повторную отправку.</translation>
    </message>
    <message>
        <source>Sent late at the operator&apos;s word.</source>
        <translation>Отправлено с опозданием по решению оператора.</translation>
    </message>
    <message>
        <source>A due post could not be marked as being sent, so it was not sent; OnAir tries again in a few seconds: %1</source>
        <translation>Запланированный пост не удалось отметить как отправляемый, поэтому он не отправлен; OnAir попробует снова через несколько секунд: %1</translation>
    </message>
    <message>
        <source>Edited by the operator.</source>
        <translation>Изменено оператором.</translation>
    </message>
</context>
<context>
    <name>onair::AppController</name>
    <message>
        <source>Start</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Waiting for consent…</source>
        <translation>Ожидание согласия…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен как %1</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Выполнен выход: %1</translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation>Повторное подключение</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Аккаунт Google</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a desktop-app client_secret.json: %2</source>
        <translation>%1 не является client_secret.json приложения Desktop app: %2</translation>
    </message>
    <message>
        <source>Opening the browser for Google&apos;s consent page…</source>
        <translation>Открытие браузера со страницей согласия Google…</translation>
    </message>
    <message>
        <source>No Google account yet: rehearsing on the local sandbox. Account → Add Google account… signs in with your client_secret.json.</source>
        <translation>Аккаунта Google пока нет: репетиция в локальной песочнице. Аккаунт → Добавить аккаунт Google… выполняет вход с вашим client_secret.json.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; OnAir signs in by itself once it is ready.</source>
        <translation>Песочница ещё запускается; OnAir войдёт сам, когда она будет готова.</translation>
    </message>
    <message>
        <source>No account to sign in to: Account → Add Google account… first.</source>
        <translation>Нет аккаунта для входа: сначала Аккаунт → Добавить аккаунт Google….</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Песочница: %1</translation>
    </message>
    <message>
        <source>Switched to %1 (%2)</source>
        <translation>Переключено на %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Signed out of %1: access revoked, no secret kept. Add the account again with its client_secret.json to use it.</source>
        <translation>Выполнен выход из %1: доступ отозван, секреты не сохранены. Чтобы пользоваться аккаунтом, добавьте его снова с его client_secret.json.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <source>The sandbox is not an account to remove: start OnAir with a Google account instead.</source>
        <translation>Песочница — не аккаунт, её нельзя удалить: запустите OnAir с аккаунтом Google.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Удалён %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Content ID</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Анонсы</translation>
    </message>
    <message>
        <source>The headless runner stopped: this window now runs the announcement queue.</source>
        <translation>Фоновый обработчик остановился: теперь очередь анонсов ведёт это окно.</translation>
    </message>
</context>
<context>
    <name>onair::BreakController</name>
    <message>
        <source>No broadcast: create or open one first.</source>
        <translation>Нет трансляции: сначала создайте или откройте её.</translation>
    </message>
    <message>
        <source>The broadcast has ended: ad breaks can no longer be placed.</source>
        <translation>Трансляция завершена: рекламные паузы больше нельзя ставить.</translation>
    </message>
    <message>
        <source>Ad breaks can be placed only while the broadcast is live (it is %1).</source>
        <translation>Рекламные паузы можно ставить только во время прямого эфира (сейчас состояние %1).</translation>
    </message>
    <message>
        <source>Ad break</source>
        <translation>Рекламная пауза</translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s)</source>
        <translation>Рекламная пауза %1 поставлена (%2 с)</translation>
    </message>
    <message>
        <source>No answer from YouTube: the ad break may or may not have been placed. It is not sent again.</source>
        <translation>Нет ответа от YouTube: рекламная пауза могла быть поставлена, а могла и нет. Повторно она не отправляется.</translation>
    </message>
    <message>
        <source>YouTube refused the ad break: %1</source>
        <translation>YouTube отклонил рекламную паузу: %1</translation>
    </message>
    <message>
        <source>The stream&apos;s status is not known yet: ad breaks can be placed once it reads active.</source>
        <translation>Состояние потока пока неизвестно: рекламные паузы можно ставить, когда он станет active.</translation>
    </message>
    <message>
        <source>The stream is %1: YouTube places ad breaks only while the stream is active. Check the encoder.</source>
        <translation>Поток в состоянии %1: YouTube ставит рекламные паузы только пока поток active. Проверьте кодировщик.</translation>
    </message>
    <message>
        <source>it was pressed more than %1 s ago.</source>
        <translation>нажатие было более %1 с назад.</translation>
    </message>
    <message>
        <source>The ad break was not sent: %1 Press again if it is still wanted.</source>
        <translation>Рекламная пауза не отправлена: %1 Нажмите снова, если она ещё нужна.</translation>
    </message>
    <message>
        <source>A second ad break (%1 s) was declined: the running one had %2 s left.</source>
        <translation>Вторая рекламная пауза (%1 с) отклонена: до конца текущей оставалось %2 с.</translation>
    </message>
    <message>
        <source>A second press within %1 s of the last break sent nothing (a double press).</source>
        <translation>Повторное нажатие в течение %1 с после последней паузы ничего не отправило (двойное нажатие).</translation>
    </message>
</context>
<context>
    <name>onair::BroadcastSession</name>
    <message>
        <source>Lifecycle</source>
        <translation>Жизненный цикл</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <source>Stream health</source>
        <translation>Состояние потока</translation>
    </message>
    <message>
        <source>Read broadcast</source>
        <translation>Чтение трансляции</translation>
    </message>
    <message>
        <source>Bind stream</source>
        <translation>Привязать поток</translation>
    </message>
    <message>
        <source>Broadcast %1 no longer exists at YouTube (deleted elsewhere?), so OnAir stops reading it. The stream is kept: create a new broadcast or open an upcoming one, and bind it to this stream.</source>
        <translation>Трансляции %1 больше нет на YouTube (удалена в другом месте?), поэтому OnAir перестаёт её читать. Поток сохранён: создайте новую трансляцию или откройте предстоящую и привяжите её к этому потоку.</translation>
    </message>
    <message>
        <source>Not recovering: the broadcast is %1, not stuck in testStarting or liveStarting for over %2 s. Recovery deletes the broadcast and is only for a stuck transition.</source>
        <translation>Восстановление не выполняется: трансляция в состоянии %1 и не застряла в testStarting или liveStarting дольше %2 с. Восстановление удаляет трансляцию и предназначено только для застрявшего перехода.</translation>
    </message>
    <message>
        <source>Not recovering: there is no broadcast.</source>
        <translation>Восстановление не выполняется: трансляции нет.</translation>
    </message>
</context>
<context>
    <name>onair::CuepointLogModel</name>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>время по часам</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>player</source>
        <translation>плеер</translation>
    </message>
    <message>
        <source>session clock</source>
        <translation>часы сеанса</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Запрошено в</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Offset / time</source>
        <translation>Смещение / время</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Cuepoint id</source>
        <translation>ID cuepoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Elapsed from</source>
        <translation>Отсчёт по</translation>
    </message>
</context>
<context>
    <name>onair::CuepointOffset</name>
    <message>
        <source>The monitor stream&apos;s elapsed time is not known yet: neither the player nor the session clock gives one.</source>
        <translation>Прошедшее время контрольного потока пока неизвестно: его не дают ни плеер, ни часы сеанса.</translation>
    </message>
    <message>
        <source>The broadcast has no delay: place the break now or at a wall time.</source>
        <translation>У трансляции нет задержки: ставьте паузу сейчас или на время по часам.</translation>
    </message>
    <message>
        <source>A delay of %1 is too short for offsets: it must be longer than %2 (a 5 s margin on each side).</source>
        <translation>Задержка %1 слишком мала для смещений: она должна быть больше %2 (запас 5 с с каждой стороны).</translation>
    </message>
    <message>
        <source>The monitor stream has run for only %1: offsets become possible after %2.</source>
        <translation>Контрольный поток идёт всего %1: смещения станут доступны через %2.</translation>
    </message>
    <message>
        <source>%1 is negative: an offset counts from the start of the monitor stream.</source>
        <translation>%1 — отрицательное значение: смещение отсчитывается от начала контрольного потока.</translation>
    </message>
    <message>
        <source>%1 is before the window start %2: that part has already been shown publicly.</source>
        <translation>%1 раньше начала окна %2: эта часть уже показана зрителям.</translation>
    </message>
    <message>
        <source>%1 is before the window start %2: it is within %3 of what the public stream is showing now, where YouTube cannot place a break reliably.</source>
        <translation>%1 раньше начала окна %2: это в пределах %3 от того, что сейчас показывает публичный поток, где YouTube не может надёжно поставить паузу.</translation>
    </message>
    <message>
        <source>%1 is after the window end %2: the monitor stream has not shown that part yet.</source>
        <translation>%1 позже конца окна %2: контрольный поток ещё не показал эту часть.</translation>
    </message>
    <message>
        <source>%1 is after the window end %2: it is within %3 of the monitor stream&apos;s live edge, where YouTube cannot place a break reliably.</source>
        <translation>%1 позже конца окна %2: это в пределах %3 от текущего края контрольного потока, где YouTube не может надёжно поставить паузу.</translation>
    </message>
</context>
<context>
    <name>onair::EventLog</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>API reason</source>
        <translation>Причина API</translation>
    </message>
</context>
<context>
    <name>onair::FileIdentity</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was %2 bytes, it is %3 now): resuming would mix two files in one video. Start the upload again.</source>
        <translation>%1 изменился с начала загрузки (был %2 байт, сейчас %3): при продолжении в одном видео смешались бы два файла. Начните загрузку заново.</translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was modified on %2): resuming would mix two files in one video. Start the upload again.</source>
        <translation>%1 изменился с начала загрузки (изменён %2): при продолжении в одном видео смешались бы два файла. Начните загрузку заново.</translation>
    </message>
    <message>
        <source>the file&apos;s identity is incomplete</source>
        <translation>данные для опознания файла неполны</translation>
    </message>
</context>
<context>
    <name>onair::HttpApiServer</name>
    <message>
        <source>The HTTP API could not listen on %1:%2: %3</source>
        <translation>HTTP API не удалось начать приём на %1:%2: %3</translation>
    </message>
    <message>
        <source>Too many requests: try again in a moment.</source>
        <translation>Слишком много запросов: повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>This Host is not OnAir&apos;s address: refused.</source>
        <translation>Этот Host не является адресом OnAir: запрос отклонён.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>Требуется действительный bearer-токен.</translation>
    </message>
    <message>
        <source>No token is set: generate one in OnAir&apos;s Settings → Remote control.</source>
        <translation>Токен не задан: создайте его в OnAir в меню Настройки → Дистанционное управление.</translation>
    </message>
    <message>
        <source>Method not allowed here.</source>
        <translation>Этот метод здесь не разрешён.</translation>
    </message>
    <message>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>Тело запроса должно быть в формате JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>No such resource.</source>
        <translation>Такого ресурса нет.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Тело запроса не является объектом JSON.</translation>
    </message>
    <message>
        <source>Expected {&quot;seconds&quot;: 1…%1} with at most one of &quot;offsetMs&quot; or &quot;at&quot; (epoch ms).</source>
        <translation>Ожидается {&quot;seconds&quot;: 1…%1} и не более одного из &quot;offsetMs&quot; или &quot;at&quot; (мс Unix-времени).</translation>
    </message>
</context>
<context>
    <name>onair::InstagramAccountCheck</name>
    <message>
        <source>Instagram refused the token (expired or revoked): make a new long-lived token and paste it.</source>
        <translation>Instagram отклонил токен (истёк или отозван): создайте новый долгосрочный токен и вставьте его.</translation>
    </message>
    <message>
        <source>Instagram could not be reached: %1</source>
        <translation>Не удалось связаться с Instagram: %1</translation>
    </message>
    <message>
        <source>Instagram did not say which account the token belongs to.</source>
        <translation>Instagram не сообщил, какому аккаунту принадлежит токен.</translation>
    </message>
</context>
<context>
    <name>onair::InstagramClient</name>
    <message>
        <source>No access token is stored for this Instagram account.</source>
        <translation>Для этого аккаунта Instagram не сохранён токен доступа.</translation>
    </message>
</context>
<context>
    <name>onair::LocalSandbox</name>
    <message>
        <source>The sandbox did not start within %1 s.</source>
        <translation>Песочница не запустилась за %1 с.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Не удалось запустить %1: %2</translation>
    </message>
    <message>
        <source>onair-sandbox was not found next to onair or on PATH.</source>
        <translation>onair-sandbox не найден ни рядом с onair, ни в PATH.</translation>
    </message>
    <message>
        <source>The sandbox answered oddly: %1</source>
        <translation>Песочница ответила непонятно: %1</translation>
    </message>
    <message>
        <source>The sandbox exited (code %1) before it was ready: %2</source>
        <translation>Песочница завершилась (код %1), не успев запуститься: %2</translation>
    </message>
</context>
<context>
    <name>onair::LoopbackListener</name>
    <message>
        <source>Bad request</source>
        <translation>Неверный запрос</translation>
    </message>
    <message>
        <source>The request was too long.</source>
        <translation>Запрос слишком длинный.</translation>
    </message>
    <message>
        <source>OnAir could not read this request.</source>
        <translation>OnAir не удалось прочитать этот запрос.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Вход не принят</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in OnAir is waiting for. Start sign-in again from OnAir.</source>
        <translation>Этот ответ не относится ко входу, которого ожидает OnAir. Начните вход заново из OnAir.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>OnAir received the sign-in. You can close this tab and go back to OnAir.</source>
        <translation>OnAir получил данные входа. Можно закрыть эту вкладку и вернуться в OnAir.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Вход отменён</translation>
    </message>
    <message>
        <source>Google did not grant access (%1). Go back to OnAir to try again.</source>
        <translation>Google не предоставил доступ (%1). Вернитесь в OnAir, чтобы повторить попытку.</translation>
    </message>
</context>
<context>
    <name>onair::OwnerPolicies</name>
    <message>
        <source>This account has not allowed Content ID (Account → Allow Content ID…), so there are no saved policies to choose from.</source>
        <translation>Этот аккаунт не разрешил Content ID (Аккаунт → Разрешить Content ID…), поэтому сохранённых правил для выбора нет.</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner, so it has no saved policies.</source>
        <translation>Этот канал не связан с владельцем контента Content ID, поэтому сохранённых правил у него нет.</translation>
    </message>
</context>
<context>
    <name>onair::PostTemplate</name>
    <message>
        <source>The broadcast has no thumbnail to send with the post.</source>
        <translation>У трансляции нет значка, который можно отправить с постом.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Сообщение пустое.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Telegram.</source>
        <translation>
            <numerusform>Текст длиннее допустимого для Telegram на %n символ.</numerusform>
            <numerusform>Текст длиннее допустимого для Telegram на %n символа.</numerusform>
            <numerusform>Текст длиннее допустимого для Telegram на %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram needs an image: the broadcast has no public thumbnail.</source>
        <translation>Для Instagram нужно изображение: у трансляции нет общедоступного значка.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Instagram.</source>
        <translation>
            <numerusform>Текст длиннее допустимого для Instagram на %n символ.</numerusform>
            <numerusform>Текст длиннее допустимого для Instagram на %n символа.</numerusform>
            <numerusform>Текст длиннее допустимого для Instagram на %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hashtag(s) over Instagram&apos;s 30.</source>
        <translation>
            <numerusform>Хештегов на %n больше, чем допускает Instagram (30).</numerusform>
            <numerusform>Хештегов на %n больше, чем допускает Instagram (30).</numerusform>
            <numerusform>Хештегов на %n больше, чем допускает Instagram (30).</numerusform>
        </translation>
    </message>
    <message>
        <source>An &quot;&amp;&quot; that starts no entity: write &amp;amp; for the sign.</source>
        <translation>Знак «&amp;» не начинает сущность: для самого знака напишите &amp;amp;.</translation>
    </message>
    <message>
        <source>A &quot;&gt;&quot; outside a tag: write &amp;gt; for the sign.</source>
        <translation>Знак «&gt;» вне тега: для самого знака напишите &amp;gt;.</translation>
    </message>
    <message>
        <source>A &quot;&lt;&quot; that starts no tag: write &amp;lt; for the sign.</source>
        <translation>Знак «&lt;» не начинает тег: для самого знака напишите &amp;lt;.</translation>
    </message>
    <message>
        <source>Telegram refuses the tag &lt;%1&gt;: write &amp;lt;%1&amp;gt; to show it as text.</source>
        <translation>Telegram не принимает тег &lt;%1&gt;: чтобы показать его как текст, напишите &amp;lt;%1&amp;gt;.</translation>
    </message>
    <message>
        <source>The end tag &lt;/%1&gt; closes no open &lt;%1&gt;.</source>
        <translation>Закрывающий тег &lt;/%1&gt; не закрывает ни одного открытого &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The tag &lt;%1&gt; is not closed.</source>
        <translation>Тег &lt;%1&gt; не закрыт.</translation>
    </message>
</context>
<context>
    <name>onair::PresetLauncher</name>
    <message>
        <source>A broadcast is already being created from a preset.</source>
        <translation>Трансляция уже создаётся из шаблона.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Сначала войдите.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; cannot be sent: %2</source>
        <translation>Шаблон «%1» нельзя отправить: %2</translation>
    </message>
    <message>
        <source>Preset counter</source>
        <translation>Счётчик шаблона</translation>
    </message>
    <message>
        <source>Create from preset</source>
        <translation>Создание из шаблона</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation>«%1» → «%2»</translation>
    </message>
</context>
<context>
    <name>onair::RemoteCommands</name>
    <message>
        <source>Ad break</source>
        <translation>Рекламная пауза</translation>
    </message>
    <message>
        <source>An ad break lasts at most %1 s; %2 s was asked for.</source>
        <translation>Рекламная пауза длится не более %1 с; запрошено %2 с.</translation>
    </message>
    <message>
        <source>An offset cannot be negative.</source>
        <translation>Смещение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Too many calls: try again in a moment.</source>
        <translation>Слишком много вызовов: повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Ignored: a second press within %1 s of the last ad break is taken as a double press.</source>
        <translation>Проигнорировано: повторное нажатие в течение %1 с после последней рекламной паузы считается двойным нажатием.</translation>
    </message>
    <message>
        <source>Not placed: an ad break is still running (about %1 s left). From outside the window a second break is refused; place it in OnAir if it is wanted.</source>
        <translation>Не поставлена: рекламная пауза ещё идёт (осталось около %1 с). Извне окна программы вторая пауза не принимается; если она нужна, поставьте её в OnAir.</translation>
    </message>
    <message>
        <source>The ad break&apos;s record is gone.</source>
        <translation>Запись о рекламной паузе пропала.</translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s).</source>
        <translation>Рекламная пауза %1 поставлена (%2 с).</translation>
    </message>
    <message>
        <source>Sent: the broadcast is on its way to testing.</source>
        <translation>Отправлено: трансляция переходит в тест.</translation>
    </message>
    <message>
        <source>Nothing to recover: recovery is only for a broadcast stuck in testStarting or liveStarting.</source>
        <translation>Нечего восстанавливать: восстановление нужно только для трансляции, зависшей в testStarting или liveStarting.</translation>
    </message>
    <message>
        <source>Go live, end and recover are off from outside the window: the operator can allow them in Settings → Remote control.</source>
        <translation>Выход в эфир, завершение и восстановление извне окна программы отключены: оператор может разрешить их в меню Настройки → Дистанционное управление.</translation>
    </message>
    <message>
        <source>Armed: confirm within %1 s to carry it out.</source>
        <translation>Взведено: подтвердите в течение %1 с, чтобы выполнить.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Only live, end and recover are confirmed.</source>
        <translation>Подтверждаются только live, end и recover.</translation>
    </message>
    <message>
        <source>Not armed: arm it first, then confirm within %1 s from the same place.</source>
        <translation>Не взведено: сначала взведите команду, затем подтвердите её оттуда же в течение %1 с.</translation>
    </message>
    <message>
        <source>Confirmed and sent.</source>
        <translation>Подтверждено и отправлено.</translation>
    </message>
    <message>
        <source>Read now</source>
        <translation>Прочитать сейчас</translation>
    </message>
    <message>
        <source>Reading the broadcast and the stream now.</source>
        <translation>Выполняется чтение трансляции и потока.</translation>
    </message>
</context>
<context>
    <name>onair::RightsFlow</name>
    <message>
        <source>Content ID owner</source>
        <translation>Владелец Content ID</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Права собственности</translation>
    </message>
    <message>
        <source>Match policy</source>
        <translation>Правило для совпадений</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Ad settings</source>
        <translation>Настройки рекламы</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референс</translation>
    </message>
    <message>
        <source>Reference active</source>
        <translation>Референс активен</translation>
    </message>
    <message>
        <source>This broadcast does not record from the start: Content ID can claim it, but cannot make a reference from it. Turn on &quot;Record from start&quot; before the show to get a reference.</source>
        <translation>Эта трансляция не записывается с начала: Content ID может создать на неё заявку, но не может создать из неё референс. Чтобы получить референс, включите «Запись с начала» до эфира.</translation>
    </message>
    <message>
        <source>Going on without a Content ID claim for this show.</source>
        <translation>Продолжение без заявки Content ID для этого эфира.</translation>
    </message>
    <message>
        <source>Going on without a Content ID reference for this show.</source>
        <translation>Продолжение без референса Content ID для этого эфира.</translation>
    </message>
    <message>
        <source>The saved Content ID record cannot be read (%1); this show&apos;s rights are not followed.</source>
        <translation>Не удаётся прочитать сохранённые данные Content ID (%1); права на этот эфир не отслеживаются.</translation>
    </message>
    <message>
        <source>Claimed: the reference follows once the recording is processed.</source>
        <translation>Заявка создана: референс будет создан после обработки записи.</translation>
    </message>
    <message>
        <source>Claimed, with a live reference.</source>
        <translation>Заявка создана, референс создан по прямому эфиру.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation>Этот канал не связан с владельцем контента Content ID.</translation>
    </message>
    <message>
        <source>Content ID owner: %1</source>
        <translation>Владелец контента Content ID: %1</translation>
    </message>
    <message>
        <source>Asset %1 (found: it had been created before)</source>
        <translation>Объект %1 (найден: был создан ранее)</translation>
    </message>
    <message>
        <source>Asset %1: &quot;%2&quot;</source>
        <translation>Объект %1: «%2»</translation>
    </message>
    <message>
        <source>Ownership: worldwide</source>
        <translation>Права собственности: весь мир</translation>
    </message>
    <message>
        <source>Ownership: in %1</source>
        <translation>Права собственности: территории %1</translation>
    </message>
    <message>
        <source>Ownership: everywhere but %1</source>
        <translation>Права собственности: везде, кроме %1</translation>
    </message>
    <message>
        <source>the owner has no saved policy named &quot;%1&quot;.</source>
        <translation>у владельца нет сохранённого правила «%1».</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; saved (%2)</source>
        <translation>Правило «%1» сохранено (%2)</translation>
    </message>
    <message>
        <source>Match policy %1</source>
        <translation>Правило для совпадений %1</translation>
    </message>
    <message>
        <source>Claim %1 (found: it had been made before)</source>
        <translation>Заявка %1 (найдена: была создана ранее)</translation>
    </message>
    <message>
        <source>Claim %1 on broadcast %2</source>
        <translation>Заявка %1 на трансляцию %2</translation>
    </message>
    <message>
        <source>Ad settings: no ads</source>
        <translation>Настройки рекламы: без рекламы</translation>
    </message>
    <message>
        <source>Ad settings: %1</source>
        <translation>Настройки рекламы: %1</translation>
    </message>
    <message>
        <source>Reference %1 (found: it had been made before)</source>
        <translation>Референс %1 (найден: был создан ранее)</translation>
    </message>
    <message>
        <source>This content owner is not approved for live delivery: the reference will be made from the recording after the show.</source>
        <translation>Этот владелец контента не одобрен для live delivery: референс будет создан из записи после эфира.</translation>
    </message>
    <message>
        <source>Reference %1 (%2)</source>
        <translation>Референс %1 (%2)</translation>
    </message>
    <message>
        <source>Reference %1 is active: Content ID now finds re-uploads of this show.</source>
        <translation>Референс %1 активен: теперь Content ID находит повторные загрузки этого эфира.</translation>
    </message>
    <message>
        <source>Reference %1 is inactive (%2).</source>
        <translation>Референс %1 неактивен (%2).</translation>
    </message>
    <message>
        <source>%1 failed before OnAir was restarted.</source>
        <translation>%1: ошибка до перезапуска OnAir.</translation>
    </message>
    <message>
        <source>the plan names the content owner %1, which this account does not manage.</source>
        <translation>в плане указан владелец контента %1, которым этот аккаунт не управляет.</translation>
    </message>
    <message numerus="yes">
        <source>This account manages %n Content ID owners and the plan names none: pick the one this show is claimed for.</source>
        <translation>
            <numerusform>Этот аккаунт управляет %n владельцем Content ID, а в плане владелец не указан: выберите, от чьего имени подаётся заявка на этот эфир.</numerusform>
            <numerusform>Этот аккаунт управляет %n владельцами Content ID, а в плане владелец не указан: выберите, от чьего имени подаётся заявка на этот эфир.</numerusform>
            <numerusform>Этот аккаунт управляет %n владельцами Content ID, а в плане владелец не указан: выберите, от чьего имени подаётся заявка на этот эфир.</numerusform>
        </translation>
    </message>
    <message>
        <source>no content owner was picked.</source>
        <translation>владелец контента не выбран.</translation>
    </message>
</context>
<context>
    <name>onair::SandboxBrowser</name>
    <message>
        <source>The sandbox did not redirect to OnAir.</source>
        <translation>Песочница не перенаправила на OnAir.</translation>
    </message>
</context>
<context>
    <name>onair::SandboxMode</name>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>Test encoder</source>
        <translation>Тестовый кодировщик</translation>
    </message>
    <message>
        <source>ffmpeg publishes a test pattern and tone</source>
        <translation>ffmpeg передаёт тестовую таблицу и тон</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Запуск локальной песочницы…</translation>
    </message>
    <message>
        <source>ffmpeg was still publishing from before the restart (process %1): it is shown as running and stops with the button.</source>
        <translation>ffmpeg продолжал вещание с момента до перезапуска (процесс %1): он показан как запущенный и останавливается кнопкой.</translation>
    </message>
    <message>
        <source>Bind a stream first.</source>
        <translation>Сначала привяжите поток.</translation>
    </message>
    <message>
        <source>Found the sandbox still running from before the restart (process %1) at %2</source>
        <translation>Песочница, запущенная до перезапуска, всё ещё работает (процесс %1) по адресу %2</translation>
    </message>
    <message>
        <source>Ready at %1</source>
        <translation>Готова по адресу %1</translation>
    </message>
</context>
<context>
    <name>onair::SecretStore</name>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation>Связка ключей недоступна (запущена ли служба Secret Service, например GNOME Keyring или KWallet?): %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Связка ключей отказала в доступе: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Ошибка связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>onair::SessionKeeper</name>
    <message>
        <source>Reattach</source>
        <translation>Повторное подключение</translation>
    </message>
    <message>
        <source>The saved show (broadcast %1) belongs to %2, but %3 is signed in: it is not reattached. Sign in as %2 to pick it up again.</source>
        <translation>Сохранённое шоу (трансляция %1) принадлежит %2, но вход выполнен как %3: оно не подключается. Войдите как %2, чтобы продолжить его.</translation>
    </message>
    <message>
        <source>Back on &quot;%1&quot; (%2)</source>
        <translation>Снова на «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>onair::SetUpOperation</name>
    <message>
        <source>Auto start/stop</source>
        <translation>Автозапуск/автоостановка</translation>
    </message>
    <message>
        <source>Create broadcast</source>
        <translation>Создать трансляцию</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2)</source>
        <translation>Создана «%1» (%2)</translation>
    </message>
    <message>
        <source>Set category and tags</source>
        <translation>Задать категорию и теги</translation>
    </message>
    <message>
        <source>Set thumbnail</source>
        <translation>Задать значок</translation>
    </message>
    <message>
        <source>Thumbnail uploaded</source>
        <translation>Значок загружен</translation>
    </message>
    <message>
        <source>Open broadcast</source>
        <translation>Открыть трансляцию</translation>
    </message>
    <message>
        <source>Stream unbound</source>
        <translation>Поток отвязан</translation>
    </message>
    <message>
        <source>Bound to stream %1</source>
        <translation>Привязан к потоку %1</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Создать поток</translation>
    </message>
    <message>
        <source>Created stream &quot;%1&quot;</source>
        <translation>Создан поток «%1»</translation>
    </message>
    <message>
        <source>Replace stream</source>
        <translation>Заменить поток</translation>
    </message>
    <message>
        <source>Unbound stream %1</source>
        <translation>Отвязан поток %1</translation>
    </message>
    <message>
        <source>Deleted stream %1</source>
        <translation>Удалён поток %1</translation>
    </message>
    <message>
        <source>Delete old stream</source>
        <translation>Удалить старый поток</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>auto start %1, auto stop %2</source>
        <translation>автозапуск %1, автоостановка %2</translation>
    </message>
    <message>
        <source>Edit title and privacy</source>
        <translation>Изменить название и доступ</translation>
    </message>
</context>
<context>
    <name>onair::ShowAnnouncements</name>
    <message>
        <source>This show was not made from a preset: there is none to save its posts in.</source>
        <translation>Этот эфир создан не из шаблона: сохранить его посты некуда.</translation>
    </message>
    <message>
        <source>The posts were not saved in the preset: %1</source>
        <translation>Посты не сохранены в шаблон: %1</translation>
    </message>
</context>
<context>
    <name>onair::ShowBusService</name>
    <message>
        <source>No D-Bus session bus: D-Bus and onair ctl are off.</source>
        <translation>Нет сеансовой шины D-Bus: D-Bus и onair ctl отключены.</translation>
    </message>
    <message>
        <source>Could not put the show on D-Bus: %1</source>
        <translation>Не удалось зарегистрировать эфир в D-Bus: %1</translation>
    </message>
    <message>
        <source>Another OnAir already answers on D-Bus (%1): this one stays off the bus.</source>
        <translation>В D-Bus уже отвечает другой экземпляр OnAir (%1): этот остаётся вне шины.</translation>
    </message>
</context>
<context>
    <name>onair::ShowRights</name>
    <message>
        <source>The preset &quot;%1&quot; has a Content ID plan, but this account has not allowed Content ID (Account → Allow Content ID…): the show is not claimed.</source>
        <translation>В шаблоне «%1» есть план Content ID, но этот аккаунт не разрешил Content ID (Аккаунт → Разрешить Content ID…): заявка на эфир не создаётся.</translation>
    </message>
</context>
<context>
    <name>onair::StuckRecovery</name>
    <message>
        <source>Recover stuck broadcast</source>
        <translation>Восстановить зависшую трансляцию</translation>
    </message>
    <message>
        <source>Deleting %1 and creating it again</source>
        <translation>Удаление %1 и повторное создание</translation>
    </message>
    <message>
        <source>Broadcast %1 was deleted, but YouTube did not create the new one. Create a new broadcast (Set-up) and bind it to stream %2, which is kept; then start the test.</source>
        <translation>Трансляция %1 удалена, но YouTube не создал новую. Создайте новую трансляцию (Настройка) и привяжите её к сохранённому потоку %2; затем начните тест.</translation>
    </message>
    <message>
        <source>New broadcast %1</source>
        <translation>Новая трансляция %1</translation>
    </message>
    <message>
        <source>Not testing again by itself: the stream was not active within %1 minutes. Start the test once the encoder sends.</source>
        <translation>Тест не запускается сам: поток не стал active за %1 мин. Начните тест, когда кодировщик будет передавать.</translation>
    </message>
    <message>
        <source>Not testing again by itself: you took over.</source>
        <translation>Тест не запускается сам: вы взяли управление.</translation>
    </message>
    <message>
        <source>Bound to the same stream; testing again once it is active</source>
        <translation>Привязана к тому же потоку; тест снова, как только он станет active</translation>
    </message>
</context>
<context>
    <name>onair::TelegramAccountCheck</name>
    <message>
        <source>Telegram refused the bot token: paste it again from @BotFather.</source>
        <translation>Telegram отклонил токен бота: вставьте его снова из @BotFather.</translation>
    </message>
    <message>
        <source>Telegram could not be reached: %1</source>
        <translation>Не удалось связаться с Telegram: %1</translation>
    </message>
    <message>
        <source>The chat %1 was not found, or the bot cannot see it (%2).</source>
        <translation>Чат %1 не найден, или бот его не видит (%2).</translation>
    </message>
    <message>
        <source>The bot&apos;s rights in the chat could not be read: %1</source>
        <translation>Не удалось прочитать права бота в чате: %1</translation>
    </message>
    <message>
        <source>The bot is an administrator of the channel but may not post: allow it &quot;Post messages&quot;.</source>
        <translation>Бот — администратор канала, но не может публиковать: дайте ему право «Публикация сообщений».</translation>
    </message>
    <message>
        <source>The bot must be an administrator of the channel that may post messages.</source>
        <translation>Бот должен быть администратором канала с правом публиковать сообщения.</translation>
    </message>
</context>
<context>
    <name>onair::TelegramClient</name>
    <message>
        <source>No bot token is stored for this account.</source>
        <translation>Для этого аккаунта не сохранён токен бота.</translation>
    </message>
</context>
<context>
    <name>onair::TestEncoder</name>
    <message>
        <source>ffmpeg stopped (code %1): %2</source>
        <translation>ffmpeg остановлен (код %1): %2</translation>
    </message>
    <message>
        <source>Cannot start ffmpeg: %1</source>
        <translation>Не удалось запустить ffmpeg: %1</translation>
    </message>
    <message>
        <source>ffmpeg is not installed.</source>
        <translation>ffmpeg не установлен.</translation>
    </message>
    <message>
        <source>The stream has no usable stream key.</source>
        <translation>У потока нет пригодного ключа трансляции.</translation>
    </message>
    <message>
        <source>ffmpeg stopped</source>
        <translation>ffmpeg остановился</translation>
    </message>
</context>
<context>
    <name>onair::TransitionDriver</name>
    <message>
        <source>Start test</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Выйти в эфир</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Завершить трансляцию</translation>
    </message>
    <message>
        <source>%1: asking YouTube…</source>
        <translation>%1: запрос к YouTube…</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Принято: %1</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Теперь %1</translation>
    </message>
    <message>
        <source>%1: YouTube reports %2 (%3 s)</source>
        <translation>%1: YouTube сообщает %2 (%3 с)</translation>
    </message>
    <message>
        <source>YouTube has been in %1 for over %2 s. Recover: delete the broadcast, create a new one with the same settings and test again.</source>
        <translation>YouTube находится в состоянии %1 более %2 с. Восстановление: удалите трансляцию, создайте новую с теми же настройками и снова проведите тест.</translation>
    </message>
</context>
<context>
    <name>onair::UploadCommand</name>
    <message>
        <source>Interrupted; run the same command again to resume the upload.</source>
        <translation>Прервано; запустите ту же команду снова, чтобы продолжить загрузку.</translation>
    </message>
    <message>
        <source>Uploads a video file to YouTube with a resumable upload; running it again resumes a saved upload of the same file.</source>
        <translation>Загружает видеофайл на YouTube с возможностью возобновления; повторный запуск продолжает сохранённую загрузку того же файла.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <source>The video file.</source>
        <translation>Видеофайл.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Показывает эту справку.</translation>
    </message>
    <message>
        <source>The video&apos;s title (1–100 characters).</source>
        <translation>Название видео (1–100 символов).</translation>
    </message>
    <message>
        <source>The description (at most 5000 bytes).</source>
        <translation>Описание (не более 5000 байт).</translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation>Теги через запятую.</translation>
    </message>
    <message>
        <source>The YouTube category id (default 22).</source>
        <translation>ID категории YouTube (по умолчанию 22).</translation>
    </message>
    <message>
        <source>private (default), unlisted or public.</source>
        <translation>private (по умолчанию), unlisted или public.</translation>
    </message>
    <message>
        <source>Publish at this time (ISO 8601, local time unless it says otherwise); the video stays private until then.</source>
        <translation>Опубликовать в это время (ISO 8601; местное время, если не указано иное); до этого видео остаётся с ограниченным доступом.</translation>
    </message>
    <message>
        <source>The video is made for kids.</source>
        <translation>Видео предназначено для детей.</translation>
    </message>
    <message>
        <source>Do not notify the channel&apos;s subscribers.</source>
        <translation>Не уведомлять подписчиков канала.</translation>
    </message>
    <message>
        <source>The Google account (its id in the Account menu); without it, the local sandbox.</source>
        <translation>Аккаунт Google (его id в меню «Аккаунт»); без него — локальная песочница.</translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation>Использовать запущенную песочницу по её строке готовности (JSON).</translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts.</source>
        <translation>Корневой адрес YouTube API для аккаунтов Google.</translation>
    </message>
    <message>
        <source>Forget a saved upload of this file and start from byte 0.</source>
        <translation>Забыть сохранённую загрузку этого файла и начать с байта 0.</translation>
    </message>
    <message>
        <source>Chunk size in MiB (default 32; rounded to 256 KiB).</source>
        <translation>Размер фрагмента в МиБ (по умолчанию 32; округляется до кратного 256 КиБ).</translation>
    </message>
    <message>
        <source>Say which file: onair upload FILE --title TEXT (--help for more).</source>
        <translation>Укажите файл: onair upload FILE --title TEXT (подробнее: --help).</translation>
    </message>
    <message>
        <source>--publish-at: %1 is not a time like 2026-12-31T18:00 or 2026-12-31T18:00:00Z.</source>
        <translation>--publish-at: %1 — не время вида 2026-12-31T18:00 или 2026-12-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>--chunk-mib: a number from 0.25 to 1024.</source>
        <translation>--chunk-mib: число от 0.25 до 1024.</translation>
    </message>
    <message>
        <source>%1 is signed out: sign in from OnAir&apos;s window, then run this again.</source>
        <translation>Для %1 выполнен выход: войдите в окне OnAir и запустите команду снова.</translation>
    </message>
    <message>
        <source>No account %1: add it in OnAir&apos;s window (Account → Add Google account…) first.</source>
        <translation>Нет аккаунта %1: сначала добавьте его в окне OnAir (Аккаунт → Добавить аккаунт Google…).</translation>
    </message>
    <message>
        <source>--sandbox-ready: %1</source>
        <translation>--sandbox-ready: %1</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Песочница не запустилась: %1</translation>
    </message>
    <message>
        <source>%1 was already uploaded as video %2; --restart uploads it once more.</source>
        <translation>%1 уже загружен как видео %2; --restart загрузит его ещё раз.</translation>
    </message>
    <message>
        <source>Run the same command with --restart to upload it from the start.</source>
        <translation>Запустите ту же команду с --restart, чтобы загрузить файл с начала.</translation>
    </message>
    <message>
        <source>Resuming the saved upload of %1 (%2 of %3 MiB confirmed when it stopped).</source>
        <translation>Продолжение сохранённой загрузки %1 (к моменту остановки подтверждено %2 из %3 МиБ).</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>осталось %1 с</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>оставшееся время неизвестно</translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%), %4 MiB/s, %5</source>
        <translation>%1 из %2 МиБ (%3%), %4 МиБ/с, %5</translation>
    </message>
    <message>
        <source>This account&apos;s uploads are run by another OnAir (process %1); run this again once it is done.</source>
        <translation>Загрузками этого аккаунта занимается другой OnAir (процесс %1); запустите это снова, когда он закончит.</translation>
    </message>
</context>
<context>
    <name>onair::UploadMetadata</name>
    <message>
        <source>The title is empty: give the video a title.</source>
        <translation>Название пустое: укажите название видео.</translation>
    </message>
    <message>
        <source>The title has %1 characters; YouTube takes at most %2.</source>
        <translation>Длина названия — %1 симв.; YouTube принимает не более %2.</translation>
    </message>
    <message>
        <source>The title contains &lt; or &gt;, which YouTube refuses.</source>
        <translation>Название содержит &lt; или &gt;, а YouTube их не принимает.</translation>
    </message>
    <message>
        <source>The description has %1 bytes; YouTube takes at most %2.</source>
        <translation>Размер описания — %1 байт; YouTube принимает не более %2.</translation>
    </message>
    <message>
        <source>The tags have %1 characters in all; YouTube takes at most %2.</source>
        <translation>Общая длина тегов — %1 симв.; YouTube принимает не более %2.</translation>
    </message>
    <message>
        <source>The privacy must be private, unlisted or public.</source>
        <translation>Доступ должен быть private, unlisted или public.</translation>
    </message>
    <message>
        <source>A scheduled publication needs the video private until then.</source>
        <translation>Для отложенной публикации видео до её времени должно быть с ограниченным доступом.</translation>
    </message>
    <message>
        <source>The publication time is in the past: choose a time to come.</source>
        <translation>Время публикации уже прошло: выберите время в будущем.</translation>
    </message>
    <message>
        <source>The license must be youtube or creativeCommon.</source>
        <translation>Лицензия должна быть youtube или creativeCommon.</translation>
    </message>
</context>
<context>
    <name>onair::UploadQueue</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation>%1 пуст: загружать нечего.</translation>
    </message>
    <message>
        <source>%1 queued for upload.</source>
        <translation>%1 поставлен в очередь загрузки.</translation>
    </message>
    <message>
        <source>%1 changed: it is uploaded again from the start.</source>
        <translation>%1 изменился: он загружается заново с начала.</translation>
    </message>
    <message>
        <source>Thumbnail set on video %1.</source>
        <translation>Значок установлен для видео %1.</translation>
    </message>
    <message>
        <source>YouTube processed video %1.</source>
        <translation>YouTube обработал видео %1.</translation>
    </message>
    <message>
        <source>YouTube did not process video %1 (%2). Open it in YouTube Studio to see why, then upload it again if needed.</source>
        <translation>YouTube не обработал видео %1 (%2). Откройте его в YouTube Studio, чтобы узнать причину, и при необходимости загрузите снова.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Video %1 is public.</source>
        <translation>Видео %1 опубликовано.</translation>
    </message>
    <message>
        <source>The OnAir that ran these uploads stopped: they are run here now.</source>
        <translation>OnAir, который вёл эти загрузки, остановился: теперь они идут здесь.</translation>
    </message>
    <message>
        <source>These uploads are run by another OnAir (process %1, e.g. onair --headless): they are shown here as it sends them. To change them, stop it: they are run here within seconds.</source>
        <translation>Этими загрузками занимается другой OnAir (процесс %1, например onair --headless): здесь они показаны по мере отправки. Чтобы изменить их, остановите его: через несколько секунд они перейдут сюда.</translation>
    </message>
</context>
<context>
    <name>onair::UploadRecord</name>
    <message>
        <source>an upload without an id</source>
        <translation>загрузка без id</translation>
    </message>
    <message>
        <source>upload %1: %2</source>
        <translation>загрузка %1: %2</translation>
    </message>
    <message>
        <source>upload %1: its offset or state is unreadable</source>
        <translation>загрузка %1: не удаётся прочитать её смещение или состояние</translation>
    </message>
</context>
<context>
    <name>onair::UploadStore</name>
    <message>
        <source>Cannot read the saved uploads (%1): %2</source>
        <translation>Не удалось прочитать сохранённые загрузки (%1): %2</translation>
    </message>
    <message>
        <source>The saved uploads could not be read and were kept as %1; the queue starts empty. Add the files again to upload them.</source>
        <translation>Не удалось прочитать сохранённые загрузки, они сохранены как %1; очередь начинается пустой. Чтобы загрузить файлы, добавьте их снова.</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>запись не является объектом</translation>
    </message>
    <message>
        <source>A saved upload could not be read (%1); it is kept in %2 and the others go on.</source>
        <translation>Не удалось прочитать сохранённую загрузку (%1); она сохранена в %2, остальные продолжаются.</translation>
    </message>
    <message>
        <source>Cannot save the uploads to %1: %2</source>
        <translation>Не удалось сохранить загрузки в %1: %2</translation>
    </message>
</context>
<context>
    <name>onair::VideoUpload</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation>%1 пуст: загружать нечего.</translation>
    </message>
    <message>
        <source>The saved upload session is unusable (%1); starting a new one from byte 0.</source>
        <translation>Сохранённый сеанс загрузки непригоден (%1); начинается новый с байта 0.</translation>
    </message>
    <message>
        <source>Asking YouTube how much of %1 it already has…</source>
        <translation>Запрос к YouTube: какая часть %1 уже получена…</translation>
    </message>
    <message>
        <source>Upload paused at %1 of %2 bytes; YouTube keeps what it has.</source>
        <translation>Загрузка приостановлена на %1 из %2 байт; полученное YouTube сохраняет.</translation>
    </message>
    <message>
        <source>Upload of %1 cancelled.</source>
        <translation>Загрузка %1 отменена.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more.</source>
        <translation>%1 больше не удаётся прочитать.</translation>
    </message>
    <message>
        <source>YouTube opened the upload without a usable session address (%1). Try again later.</source>
        <translation>YouTube открыл загрузку без пригодного адреса сеанса (%1). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>no Location</source>
        <translation>нет Location</translation>
    </message>
    <message>
        <source>Upload session opened for %1 (%2 bytes).</source>
        <translation>Открыт сеанс загрузки для %1 (%2 байт).</translation>
    </message>
    <message>
        <source>YouTube answered the upload with an unreadable range (%1). Try again later.</source>
        <translation>YouTube ответил на загрузку нечитаемым диапазоном (%1). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>YouTube has %1 of %2 bytes; going on from there.</source>
        <translation>У YouTube есть %1 из %2 байт; загрузка продолжается с этого места.</translation>
    </message>
    <message>
        <source>The upload session of %1 expired on YouTube&apos;s side; starting a new session from byte 0.</source>
        <translation>Сеанс загрузки %1 истёк на стороне YouTube; начинается новый сеанс с байта 0.</translation>
    </message>
    <message>
        <source>The upload stopped: %1. Start it again to resume where YouTube stopped.</source>
        <translation>Загрузка остановлена: %1. Запустите её снова, чтобы продолжить с того места, где остановился YouTube.</translation>
    </message>
    <message>
        <source>Upload interrupted (%1); asking YouTube what it has in %2 s.</source>
        <translation>Загрузка прервана (%1); через %2 с OnAir запросит у YouTube, что уже получено.</translation>
    </message>
    <message>
        <source>YouTube finished the upload but its answer could not be read: %1</source>
        <translation>YouTube завершил загрузку, но его ответ не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>no video id</source>
        <translation>нет id видео</translation>
    </message>
    <message>
        <source>Uploaded %1: video %2.</source>
        <translation>Загружен %1: видео %2.</translation>
    </message>
</context>
<context>
    <name>onair::YouTubeClient</name>
    <message>
        <source>The API root %1 is not an absolute URL with a host.</source>
        <translation>Корень API %1 — не абсолютный URL с хостом.</translation>
    </message>
    <message>
        <source>The API root %1 must not carry a user name or password.</source>
        <translation>Корень API %1 не должен содержать имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The API root %1 uses plain http on a host that is not this computer: the access token would travel unencrypted. Use https, or http on 127.0.0.1.</source>
        <translation>Корень API %1 использует простой http на хосте, который не является этим компьютером: токен доступа передавался бы без шифрования. Используйте https или http на 127.0.0.1.</translation>
    </message>
    <message>
        <source>The API root %1 must use https (or http on 127.0.0.1).</source>
        <translation>Корень API %1 должен использовать https (или http на 127.0.0.1).</translation>
    </message>
    <message>
        <source>YouTube could not be reached within %1 s, and a later ad break would be misplaced.</source>
        <translation>YouTube не удалось достичь за %1 с, а более поздняя рекламная пауза оказалась бы не на своём месте.</translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsMenu</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Удалить аккаунт</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Sign out of this account? Its access is revoked at Google and its secrets leave the keychain; using it again means adding it with its client_secret.json.</source>
        <translation>Выйти из этого аккаунта? Доступ будет отозван в Google, а его секреты удалены из связки ключей; чтобы снова им пользоваться, его нужно добавить с его client_secret.json.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <source>Remove this account from OnAir? A broadcast goes on at YouTube, but OnAir no longer controls it from this account.</source>
        <translation>Удалить этот аккаунт из OnAir? Трансляция продолжится на YouTube, но OnAir больше не будет управлять ею из этого аккаунта.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allow &amp;Content ID…</source>
        <translation>Разр&amp;ешить Content ID…</translation>
    </message>
    <message>
        <source>Allow Content ID</source>
        <translation>Разрешение Content ID</translation>
    </message>
    <message>
        <source>Claim your shows with Content ID and make references from their recordings? OnAir signs in again and asks Google for the Content ID (YouTube Partner) permission; sign in with an account linked to your content owner.</source>
        <translation>Создавать заявки Content ID на ваши эфиры и референсы из их записей? OnAir выполнит вход заново и запросит у Google разрешение Content ID (YouTube Partner); войдите с аккаунтом, связанным с вашим владельцем контента.</translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsPane</name>
    <message>
        <source>Chec&amp;k</source>
        <translation>Прове&amp;рить</translation>
    </message>
    <message>
        <source>Sa&amp;ve account</source>
        <translation>Со&amp;хранить аккаунт</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <source>Instagram professional account</source>
        <translation>Профессиональный аккаунт Instagram</translation>
    </message>
    <message>
        <source>What you call it</source>
        <translation>Как вы его называете</translation>
    </message>
    <message>
        <source>@channel or -100…</source>
        <translation>@channel или -100…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>Token EXPIRED on %1: paste a new one</source>
        <translation>Токен ИСТЁК %1: вставьте новый</translation>
    </message>
    <message numerus="yes">
        <source>Token expires on %1 (in %n day(s)): refresh it now</source>
        <translation>
            <numerusform>Токен истекает %1 (через %n день): обновите его сейчас</numerusform>
            <numerusform>Токен истекает %1 (через %n дня): обновите его сейчас</numerusform>
            <numerusform>Токен истекает %1 (через %n дней): обновите его сейчас</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expires on %1</source>
        <translation>Токен истекает %1</translation>
    </message>
    <message>
        <source>Telegram: %1 → %2</source>
        <translation>Telegram: %1 → %2</translation>
    </message>
    <message>
        <source>Instagram: %1</source>
        <translation>Instagram: %1</translation>
    </message>
    <message>
        <source>No account yet: add a Telegram bot or an Instagram account below.</source>
        <translation>Аккаунтов пока нет: добавьте ниже бота Telegram или аккаунт Instagram.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>123456:ABC… from @BotFather</source>
        <translation>123456:ABC… от @BotFather</translation>
    </message>
    <message>
        <source>Long-lived token</source>
        <translation>Долгосрочный токен</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Сначала вставьте токен.</translation>
    </message>
    <message>
        <source>Name the channel: its @username or its id.</source>
        <translation>Укажите канал: его @username или id.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The bot @%1 may post to &quot;%2&quot;.</source>
        <translation>Бот @%1 может публиковать в «%2».</translation>
    </message>
    <message>
        <source>The token works for @%1 (account %2).</source>
        <translation>Токен действует для @%1 (аккаунт %2).</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Аккаунт не сохранён: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Sandbox bot</source>
        <translation>Бот песочницы</translation>
    </message>
    <message>
        <source>Sandbox Instagram</source>
        <translation>Instagram песочницы</translation>
    </message>
    <message>
        <source>Filled in from the sandbox: press Check, then Save.</source>
        <translation>Заполнено из песочницы: нажмите «Проверить», затем «Сохранить аккаунт».</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s bot</source>
        <translation>Заполнить ботом песочницы</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s Instagram account</source>
        <translation>Заполнить аккаунтом Instagram песочницы</translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakPanel</name>
    <message>
        <source>Custom:</source>
        <translation>Своя:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>At a wall time</source>
        <translation>В указанное время</translation>
    </message>
    <message>
        <source>At an offset</source>
        <translation>Со смещением</translation>
    </message>
    <message>
        <source>The break starts as soon as YouTube can place it.</source>
        <translation>Пауза начнётся, как только YouTube сможет её поставить.</translation>
    </message>
    <message>
        <source>Start at (local time):</source>
        <translation>Начало (местное время):</translation>
    </message>
    <message>
        <source>Valid window:</source>
        <translation>Допустимое окно:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>Смещение:</translation>
    </message>
    <message>
        <source>Elapsed from:</source>
        <translation>Отсчёт по:</translation>
    </message>
    <message>
        <source>Place the ad break</source>
        <translation>Поставить рекламную паузу</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Ad break now, %1 seconds</source>
        <translation>Рекламная пауза сейчас, %1 с</translation>
    </message>
    <message>
        <source>Another ad break</source>
        <translation>Ещё одна рекламная пауза</translation>
    </message>
    <message>
        <source>An ad break is still running (about %1 s left). Place another one?</source>
        <translation>Рекламная пауза ещё идёт (осталось около %1 с). Поставить ещё одну?</translation>
    </message>
    <message>
        <source>Live: ad breaks can be placed.</source>
        <translation>В эфире: можно ставить рекламные паузы.</translation>
    </message>
    <message>
        <source>the monitor player (getCurrentTime)</source>
        <translation>контрольному плееру (getCurrentTime)</translation>
    </message>
    <message>
        <source>the session clock (the player gives no time)</source>
        <translation>часам сеанса (плеер не сообщает время)</translation>
    </message>
    <message>
        <source>unknown: the monitor stream has not started</source>
        <translation>неизвестно: контрольный поток не начался</translation>
    </message>
    <message>
        <source>, elapsed %1</source>
        <translation>, прошло %1</translation>
    </message>
    <message>
        <source>, drift to the session clock %1%2</source>
        <translation>, расхождение с часами сеанса %1%2</translation>
    </message>
    <message>
        <source> (large: check the monitor player)</source>
        <translation> (большое: проверьте контрольный плеер)</translation>
    </message>
    <message>
        <source>[%1, %2] (delay %3)</source>
        <translation>[%1, %2] (задержка %3)</translation>
    </message>
    <message>
        <source>Inside the window.</source>
        <translation>Внутри окна.</translation>
    </message>
    <message>
        <source>Export the cuepoint log</source>
        <translation>Экспорт журнала cuepoint</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cuepoint log exported to %1.</source>
        <translation>Журнал cuepoint экспортирован в %1.</translation>
    </message>
    <message>
        <source>Ad break placed (%1 s).</source>
        <translation>Рекламная пауза поставлена (%1 с).</translation>
    </message>
    <message>
        <source>Ad break running: %1 left</source>
        <translation>Идёт рекламная пауза: осталось %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakShortcuts</name>
    <message>
        <source>Ad break now (%1 s)</source>
        <translation>Рекламная пауза сейчас (%1 с)</translation>
    </message>
    <message>
        <source>Ad break now, preset %1 (%2 s)</source>
        <translation>Рекламная пауза сейчас, шаблон %1 (%2 с)</translation>
    </message>
    <message>
        <source>Ad break at the chosen offset</source>
        <translation>Рекламная пауза с выбранным смещением</translation>
    </message>
    <message>
        <source>Ad break at the chosen wall time</source>
        <translation>Рекламная пауза в выбранное время</translation>
    </message>
</context>
<context>
    <name>onair::ui::AnnouncementsPanel</name>
    <message>
        <source>&amp;Queue</source>
        <translation>О&amp;чередь</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>Нап&amp;исать</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Акка&amp;унты</translation>
    </message>
    <message>
        <source>What the sandbox received…</source>
        <translation>Что получила песочница…</translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastForm</name>
    <message>
        <source>1–100 characters</source>
        <translation>1–100 символов</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>На&amp;звание</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Оп&amp;исание</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Доступ по ссылке</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый доступ</translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation>Люди и блоги</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Видеоигры</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Развлечения</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музыка</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation>Новости и политика</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation>Наука и техника</translation>
    </message>
    <message>
        <source>Film &amp; Animation</source>
        <translation>Фильмы и анимация</translation>
    </message>
    <message>
        <source>Howto &amp; Style</source>
        <translation>Хобби и стиль</translation>
    </message>
    <message>
        <source>Nonprofits &amp; Activism</source>
        <translation>Некоммерческие организации</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Для детей</translation>
    </message>
    <message>
        <source>Normal latency</source>
        <translation>Обычная задержка</translation>
    </message>
    <message>
        <source>Low latency</source>
        <translation>Низкая задержка</translation>
    </message>
    <message>
        <source>Ultra-low latency</source>
        <translation>Сверхнизкая задержка</translation>
    </message>
    <message>
        <source>DVR (viewers can rewind)</source>
        <translation>DVR (зрители могут перематывать)</translation>
    </message>
    <message>
        <source>Record from start</source>
        <translation>Запись с начала</translation>
    </message>
    <message>
        <source>Monitor stream (needed for testing)</source>
        <translation>Контрольный поток (нужен для теста)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>broadcastStreamDelayMs: a delay over 10 s allows ad breaks at an offset</source>
        <translation>broadcastStreamDelayMs: задержка больше 10 с позволяет ставить рекламные паузы со смещением</translation>
    </message>
    <message>
        <source>No closed captions</source>
        <translation>Без субтитров</translation>
    </message>
    <message>
        <source>Captions over HTTP POST</source>
        <translation>Субтитры через HTTP POST</translation>
    </message>
    <message>
        <source>Captions embedded in the video</source>
        <translation>Субтитры, встроенные в видео</translation>
    </message>
    <message>
        <source>Embeddable on other sites</source>
        <translation>Можно встраивать на другие сайты</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Прямоугольная</translation>
    </message>
    <message>
        <source>360°</source>
        <translation>360°</translation>
    </message>
    <message>
        <source>Pro&amp;jection</source>
        <translation>Проек&amp;ция</translation>
    </message>
    <message>
        <source>JPEG or PNG, optional</source>
        <translation>JPEG или PNG, необязательно</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Значок</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Give the broadcast a title.</source>
        <translation>Укажите название трансляции.</translation>
    </message>
    <message>
        <source>The description is longer than 5000 characters.</source>
        <translation>Описание длиннее 5000 символов.</translation>
    </message>
    <message>
        <source>The scheduled end must be after the start.</source>
        <translation>Запланированное окончание должно быть позже начала.</translation>
    </message>
    <message>
        <source>Ultra-low latency does not allow closed captions.</source>
        <translation>Сверхнизкая задержка не допускает субтитры.</translation>
    </message>
    <message>
        <source>The thumbnail %1 cannot be read.</source>
        <translation>Не удалось прочитать значок %1.</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Доступ</translation>
    </message>
    <message>
        <source>Scheduled sta&amp;rt</source>
        <translation>Зап&amp;ланированное начало</translation>
    </message>
    <message>
        <source>Scheduled e&amp;nd</source>
        <translation>Заплани&amp;рованное окончание</translation>
    </message>
    <message>
        <source>Categ&amp;ory</source>
        <translation>Кате&amp;гория</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Т&amp;еги</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Broadcast dela&amp;y</source>
        <translation>Задер&amp;жка трансляции</translation>
    </message>
    <message>
        <source>Closed captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <source>Thumbna&amp;il</source>
        <translation>Зна&amp;чок</translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastTab</name>
    <message>
        <source>Create broadcast</source>
        <translation>Создать трансляцию</translation>
    </message>
    <message>
        <source>&amp;Create broadcast</source>
        <translation>&amp;Создать трансляцию</translation>
    </message>
</context>
<context>
    <name>onair::ui::ComposerPane</name>
    <message numerus="yes">
        <source>%1 of %2 characters, %n left</source>
        <translation>
            <numerusform>%1 из %2 символов, остался %n</numerusform>
            <numerusform>%1 из %2 символов, осталось %n</numerusform>
            <numerusform>%1 из %2 символов, осталось %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 из %2 символов: превышение на %n</numerusform>
            <numerusform>%1 из %2 символов: превышение на %n</numerusform>
            <numerusform>%1 из %2 символов: превышение на %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Your show&apos;s title</source>
        <translation>Название вашего эфира</translation>
    </message>
    <message>
        <source>The show&apos;s description.</source>
        <translation>Описание эфира.</translation>
    </message>
    <message>
        <source>▶ Watch</source>
        <translation>▶ Смотреть</translation>
    </message>
    <message>
        <source>With the show&apos;s thumbnail</source>
        <translation>Со значком эфира</translation>
    </message>
    <message>
        <source>Sche&amp;dule</source>
        <translation>Зап&amp;ланировать</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Выйти из редактирования</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Сейчас в эфире</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>В указанное время</translation>
    </message>
    <message>
        <source>Minutes before the scheduled start</source>
        <translation>За несколько минут до запланированного начала</translation>
    </message>
    <message>
        <source>When the broadcast is live</source>
        <translation>Когда трансляция выйдет в эфир</translation>
    </message>
    <message>
        <source>When the broadcast is complete</source>
        <translation>Когда трансляция завершится</translation>
    </message>
    <message>
        <source>When the recording is processed</source>
        <translation>Когда запись будет обработана</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> мин до начала</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; starts {start}: {url}  — fields: {title} {url} {start} {description} {thumbnail}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — начало {start}: {url}  — поля: {title} {url} {start} {description} {thumbnail}</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>Ку&amp;да</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Надпись</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Telegram will get</source>
        <translation>Telegram получит</translation>
    </message>
    <message>
        <source>Instagram will get</source>
        <translation>Instagram получит</translation>
    </message>
    <message>
        <source>Telegram: %1</source>
        <translation>Telegram: %1</translation>
    </message>
    <message>
        <source>Instagram: %1</source>
        <translation>Instagram: %1</translation>
    </message>
    <message>
        <source>[photo: %1]</source>
        <translation>[фото: %1]</translation>
    </message>
    <message>
        <source>[%1] button → %2</source>
        <translation>кнопка [%1] → %2</translation>
    </message>
    <message>
        <source>(no image)</source>
        <translation>(без изображения)</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Изображение: %1</translation>
    </message>
    <message>
        <source>%1 of %2 hashtags</source>
        <translation>%1 из %2 хештегов</translation>
    </message>
    <message>
        <source>Pick at least one account.</source>
        <translation>Выберите хотя бы один аккаунт.</translation>
    </message>
    <message>
        <source>Write the post&apos;s text.</source>
        <translation>Напишите текст поста.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the changes</source>
        <translation>Сохранить изменени&amp;я</translation>
    </message>
    <message>
        <source>This post is no longer waiting: it was not changed.</source>
        <translation>Этот пост больше не ожидает отправки: он не изменён.</translation>
    </message>
    <message>
        <source>Save the show&apos;s posts in its preset</source>
        <translation>Сохранить посты эфира в его шаблон</translation>
    </message>
    <message>
        <source>The posts that wait for the show&apos;s events go into the preset the show was made from, for its next show</source>
        <translation>Посты, ожидающие событий эфира, сохраняются в шаблон, из которого создан эфир, — для следующего эфира</translation>
    </message>
    <message>
        <source>The show&apos;s posts were saved in its preset.</source>
        <translation>Посты эфира сохранены в его шаблон.</translation>
    </message>
    <message>
        <source>When the uploaded recording is processed</source>
        <translation>Когда загруженная запись будет обработана</translation>
    </message>
    <message>
        <source>When the uploaded recording is published</source>
        <translation>Когда загруженная запись будет опубликована</translation>
    </message>
    <message>
        <source>No broadcast is open: a timed post cannot use the show&apos;s fields, its Watch button or its thumbnail yet. Open or create the broadcast first, or write the post without them.</source>
        <translation>Трансляция не открыта: пост ко времени пока не может использовать поля эфира, кнопку «Смотреть» или значок. Сначала откройте или создайте трансляцию либо напишите пост без них.</translation>
    </message>
</context>
<context>
    <name>onair::ui::MainWindow</name>
    <message>
        <source>Set-up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Журнал событий</translation>
    </message>
    <message>
        <source>Start test</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>&amp;Трансляция</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Предстоящие</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Go live (asks first)</source>
        <translation>Выйти в эфир (с подтверждением)</translation>
    </message>
    <message>
        <source>End broadcast (asks first)</source>
        <translation>Завершить трансляцию (с подтверждением)</translation>
    </message>
    <message>
        <source>Recover a stuck broadcast</source>
        <translation>Восстановить зависшую трансляцию</translation>
    </message>
    <message>
        <source>Read broadcast and stream now</source>
        <translation>Прочитать трансляцию и поток сейчас</translation>
    </message>
    <message>
        <source>Go to the broadcast form</source>
        <translation>Перейти к форме трансляции</translation>
    </message>
    <message>
        <source>Go to the stream</source>
        <translation>Перейти к потоку</translation>
    </message>
    <message>
        <source>Go to the event log</source>
        <translation>Перейти к журналу событий</translation>
    </message>
    <message>
        <source>Start or stop the test encoder (sandbox)</source>
        <translation>Запустить или остановить тестовый кодировщик (песочница)</translation>
    </message>
    <message>
        <source>The monitor stream starts with testing.</source>
        <translation>Контрольный поток начинается вместе с тестом.</translation>
    </message>
    <message>
        <source>The monitor stream is off for this broadcast.</source>
        <translation>Контрольный поток выключен для этой трансляции.</translation>
    </message>
    <message>
        <source>The monitor player was refused: %1</source>
        <translation>Контрольный плеер отклонён: %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Shortcuts…</source>
        <translation>&amp;Сочетания клавиш…</translation>
    </message>
    <message>
        <source>Ad breaks</source>
        <translation>Рекламные паузы</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <source>Create broadcast from the selected preset</source>
        <translation>Создать трансляцию из выбранного шаблона</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Аккаунт</translation>
    </message>
    <message>
        <source>Add &amp;Google account…</source>
        <translation>Добавить аккаунт &amp;Google…</translation>
    </message>
    <message>
        <source>Google OAuth client (desktop app)</source>
        <translation>Клиент Google OAuth (Desktop app)</translation>
    </message>
    <message>
        <source>client_secret JSON (*.json)</source>
        <translation>JSON client_secret (*.json)</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Войти снова</translation>
    </message>
    <message>
        <source>&amp;Dark control-room theme</source>
        <translation>&amp;Тёмная тема аппаратной</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Загрузки</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>&amp;Дистанционное управление…</translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation>П&amp;оток</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>песочница</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>загрузка %1</translation>
    </message>
    <message>
        <source>%1 — uploading %2</source>
        <translation>%1 — загрузка %2</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Content ID</translation>
    </message>
    <message>
        <source>%1

Go on without a Content ID claim for this show? Cancel tries the step again.</source>
        <translation>%1

Продолжить без заявки Content ID для этого эфира? «Отмена» повторит этот шаг.</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Анонсировать</translation>
    </message>
    <message>
        <source>Go to the announcements</source>
        <translation>Перейти к анонсам</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>owner name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Content ID owner</source>
        <translation>Владелец Content ID</translation>
    </message>
</context>
<context>
    <name>onair::ui::MonitorView</name>
    <message>
        <source>No monitor stream yet</source>
        <translation>Контрольного потока пока нет</translation>
    </message>
</context>
<context>
    <name>onair::ui::PolicyChoiceEditor</name>
    <message>
        <source>A saved policy:</source>
        <translation>Сохранённое правило:</translation>
    </message>
    <message>
        <source>A new policy named:</source>
        <translation>Новое правило с названием:</translation>
    </message>
    <message>
        <source>Monetize (run ads)</source>
        <translation>Монетизировать (показывать рекламу)</translation>
    </message>
    <message>
        <source>Track (statistics only)</source>
        <translation>Отслеживать (только статистика)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировать</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Аудио и видео</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Matches of:</source>
        <translation>Совпадения по:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Matches of at least:</source>
        <translation>Длина совпадения не менее:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>any share</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Covering at least:</source>
        <translation>Доля совпадения не менее:</translation>
    </message>
    <message>
        <source>%1 (as the plan names it)</source>
        <translation>%1 (как указано в плане)</translation>
    </message>
</context>
<context>
    <name>onair::ui::PresetPanel</name>
    <message>
        <source>Presets (*.json)</source>
        <translation>Шаблоны (*.json)</translation>
    </message>
    <message>
        <source>New from current</source>
        <translation>Новый из текущих</translation>
    </message>
    <message>
        <source>Edit in forms</source>
        <translation>Изменить в формах</translation>
    </message>
    <message>
        <source>Save forms to preset</source>
        <translation>Сохранить формы в шаблон</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Broadcast %1 created from the preset (number %2).</source>
        <translation>Трансляция %1 создана из шаблона (номер %2).</translation>
    </message>
    <message>
        <source>Could not create the broadcast from %1: %2</source>
        <translation>Не удалось создать трансляцию из %1: %2</translation>
    </message>
    <message>
        <source>Not loaded (left as they are):
%1</source>
        <translation>Не загружено (оставлено как есть):
%1</translation>
    </message>
    <message>
        <source>Create or open a broadcast with its stream first.</source>
        <translation>Сначала создайте или откройте трансляцию с её потоком.</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <source>Preset saved as %1.</source>
        <translation>Шаблон сохранён как %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the broadcast and stream forms: change them, then &quot;Save forms to preset&quot;.</source>
        <translation>«%1» загружен в формы трансляции и потока: измените их, затем нажмите «Сохранить формы в шаблон».</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Duplicated as %1.</source>
        <translation>Дубликат создан: %1.</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Переименование шаблона</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Переименовано в %1.</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Удалить %1? Это действие необратимо.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Импорт шаблона</translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation>Импортировано как %1.</translation>
    </message>
    <message>
        <source>Export the preset</source>
        <translation>Экспорт шаблона</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Choose a preset first.</source>
        <translation>Сначала выберите шаблон.</translation>
    </message>
    <message>
        <source>Creating the broadcast from %1…</source>
        <translation>Создание трансляции из %1…</translation>
    </message>
    <message>
        <source>&amp;Create broadcast from preset</source>
        <translation>&amp;Создать трансляцию из шаблона</translation>
    </message>
    <message>
        <source>Content ID…</source>
        <translation>Content ID…</translation>
    </message>
    <message>
        <source>Saved the Content ID plan of %1.</source>
        <translation>План Content ID для %1 сохранён.</translation>
    </message>
</context>
<context>
    <name>onair::ui::QueuePane</name>
    <message>
        <source>It&apos;s the&amp;re</source>
        <translation>Пост в&amp;ышел</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Отправить е&amp;щё раз…</translation>
    </message>
    <message>
        <source>Send no&amp;w</source>
        <translation>Отправить се&amp;йчас</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Из&amp;менить</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Ду&amp;блировать</translation>
    </message>
    <message>
        <source>Cancel post…</source>
        <translation>Отменить пост…</translation>
    </message>
    <message>
        <source>The selected post&apos;s log</source>
        <translation>Журнал выбранного поста</translation>
    </message>
    <message>
        <source>You saw the post in the channel: mark it published</source>
        <translation>Вы видели пост в канале: отметить его опубликованным</translation>
    </message>
    <message>
        <source>You found no post: send it again (asks first)</source>
        <translation>Вы не нашли пост: отправить его ещё раз (с подтверждением)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Повторная отправка</translation>
    </message>
    <message>
        <source>OnAir does not know whether this post went out. Sending it again may post it twice. Did you look in the channel and find no post?</source>
        <translation>OnAir не знает, вышел ли этот пост. При повторной отправке он может появиться дважды. Вы проверили канал и не нашли пост?</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Отмена поста</translation>
    </message>
    <message>
        <source>Cancel this post? It will not be sent.</source>
        <translation>Отменить этот пост? Он не будет отправлен.</translation>
    </message>
    <message>
        <source>Item %1 cannot be read (%2); it is left as it is.</source>
        <translation>Не удаётся прочитать элемент %1 (%2); он оставлен как есть.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) may or may not have gone out. Look in the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>
            <numerusform>Неизвестно, вышел ли %n пост. Проверьте канал, затем выберите «Пост вышел» или «Отправить ещё раз».</numerusform>
            <numerusform>Неизвестно, вышли ли %n поста. Проверьте канал, затем выберите «Пост вышел» или «Отправить ещё раз».</numerusform>
            <numerusform>Неизвестно, вышли ли %n постов. Проверьте канал, затем выберите «Пост вышел» или «Отправить ещё раз».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were due while OnAir was closed and are held: send now or cancel.</source>
        <translation>
            <numerusform>%n пост должен был выйти, пока OnAir был закрыт, и теперь задержан: отправьте сейчас или отмените.</numerusform>
            <numerusform>%n поста должны были выйти, пока OnAir был закрыт, и теперь задержаны: отправьте сейчас или отмените.</numerusform>
            <numerusform>%n постов должны были выйти, пока OnAir был закрыт, и теперь задержаны: отправьте сейчас или отмените.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onair::ui::RemoteSettingsDialog</name>
    <message>
        <source>Remote control</source>
        <translation>Дистанционное управление</translation>
    </message>
    <message>
        <source>D-Bus and onair ctl: on. Bind a desktop shortcut to &quot;onair ctl break 60&quot; to place a break while another program has the focus.</source>
        <translation>D-Bus и onair ctl: включены. Назначьте сочетание клавиш рабочего стола на «onair ctl break 60», чтобы ставить паузу, когда фокус у другой программы.</translation>
    </message>
    <message>
        <source>Allow go live, end and recover from outside the window (each needs an arm, then a confirmation within 5 s)</source>
        <translation>Разрешить выход в эфир, завершение и восстановление извне окна программы (каждое действие нужно взвести, а затем подтвердить в течение 5 с)</translation>
    </message>
    <message>
        <source>HTTP and WebSocket API (stream decks, tally lights)</source>
        <translation>HTTP и WebSocket API (пульты Stream Deck, индикаторы эфира)</translation>
    </message>
    <message>
        <source>Enable the HTTP API</source>
        <translation>Включить HTTP API</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Только этот компьютер</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Warning: other computers on the network can reach this address. Anyone there with the token can place ad breaks.</source>
        <translation>Внимание: этот адрес доступен другим компьютерам в сети. Любой из них, у кого есть токен, может ставить рекламные паузы.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Generate a new token</source>
        <translation>Создать новый токен</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Отозвать токен</translation>
    </message>
    <message>
        <source>Copy it now: it is not shown again.</source>
        <translation>Скопируйте его сейчас: больше он показан не будет.</translation>
    </message>
    <message>
        <source>set (kept in the keychain)</source>
        <translation>задан (хранится в связке ключей)</translation>
    </message>
    <message>
        <source>none: requests are refused</source>
        <translation>нет: запросы отклоняются</translation>
    </message>
    <message>
        <source>Listening on http://%1:%2/v1/</source>
        <translation>Приём запросов на http://%1:%2/v1/</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Выключено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«%1» — не IP-адрес.</translation>
    </message>
</context>
<context>
    <name>onair::ui::RightsPlanDialog</name>
    <message>
        <source>Content ID plan: %1</source>
        <translation>План Content ID: %1</translation>
    </message>
    <message>
        <source>C&amp;laim this show with Content ID before it starts</source>
        <translation>Создавать &amp;заявку Content ID на этот эфир до его начала</translation>
    </message>
    <message>
        <source>Unticked, the show is not claimed: no asset, claim or reference is made, and the preset keeps no plan.</source>
        <translation>Без флажка заявка на эфир не создаётся: объект, заявка и референс не создаются, а шаблон не хранит план.</translation>
    </message>
    <message>
        <source>Asset (a web asset for this show)</source>
        <translation>Объект (веб-объект для этого эфира)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;ustom id:</source>
        <translation>&amp;Пользовательский id:</translation>
    </message>
    <message>
        <source>Fields: %1 (the preset&apos;s number for the next show).</source>
        <translation>Поля: %1 (номер следующего эфира по счётчику шаблона).</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Права собственности</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Весь мир</translation>
    </message>
    <message>
        <source>Only in these countries</source>
        <translation>Только в этих странах</translation>
    </message>
    <message>
        <source>Everywhere except these countries</source>
        <translation>Везде, кроме этих стран</translation>
    </message>
    <message>
        <source>&amp;Owned:</source>
        <translation>&amp;Владение:</translation>
    </message>
    <message>
        <source>ISO 3166 codes, e.g. DE, AT, CH</source>
        <translation>Коды ISO 3166, например DE, AT, CH</translation>
    </message>
    <message>
        <source>Countr&amp;ies:</source>
        <translation>Ст&amp;раны:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Match policy (what YouTube does with copies it finds):</source>
        <translation>Правило для совпадений (что YouTube делает с найденными копиями):</translation>
    </message>
    <message>
        <source>The claim of the show uses the match &amp;policy</source>
        <translation>Заявка на эфир использует пр&amp;авило для совпадений</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Аудио и видео</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Claimed content:</source>
        <translation>Заявленный контент:</translation>
    </message>
    <message>
        <source>Ads on the show</source>
        <translation>Реклама в эфире</translation>
    </message>
    <message>
        <source>Pre-roll</source>
        <translation>Преролл</translation>
    </message>
    <message>
        <source>Mid-roll</source>
        <translation>Мидролл</translation>
    </message>
    <message>
        <source>Post-roll</source>
        <translation>Постролл</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Паузы:</translation>
    </message>
    <message>
        <source>seconds from the start, e.g. 600, 1200</source>
        <translation>секунды от начала, например 600, 1200</translation>
    </message>
    <message>
        <source>Mid-roll ti&amp;mes:</source>
        <translation>Вр&amp;емя мидроллов:</translation>
    </message>
    <message>
        <source>Sent as third-party ads with these break positions, the only ad format the API takes today; mid-roll is what lets the show&apos;s ad breaks run ads.</source>
        <translation>Отправляется как сторонняя реклама (third-party ads) с этими позициями пауз — сейчас API принимает только этот формат; именно мидролл позволяет показывать рекламу в рекламных паузах эфира.</translation>
    </message>
    <message>
        <source>Reference (so that YouTube finds re-uploads)</source>
        <translation>Референс (чтобы YouTube находил повторные загрузки)</translation>
    </message>
    <message>
        <source>&amp;After the show, from its processed recording</source>
        <translation>Пос&amp;ле эфира, из обработанной записи</translation>
    </message>
    <message>
        <source>The content owner is approved for Live Content ID &amp;delivery</source>
        <translation>Владелец &amp;контента одобрен для Live Content ID delivery</translation>
    </message>
    <message>
        <source>&amp;Before the show (live delivery)</source>
        <translation>&amp;До эфира (live delivery)</translation>
    </message>
    <message>
        <source>A reference before the show is only for owners YouTube approved for live delivery: others are refused, and OnAir then makes it after the show. Making it turns the broadcast&apos;s recording on for good.</source>
        <translation>Референс до эфира доступен только владельцам, которых YouTube одобрил для live delivery: остальным отказывают, и тогда OnAir создаёт его после эфира. Создание референса включает запись трансляции безвозвратно.</translation>
    </message>
    <message>
        <source>This preset&apos;s broadcast does not record from the start, and a reference needs the recording: turn &quot;Record from start&quot; on (Edit in forms).</source>
        <translation>Трансляция этого шаблона не записывается с начала, а для референса нужна запись: включите «Запись с начала» («Изменить в формах»).</translation>
    </message>
    <message>
        <source>Title &quot;%1&quot;, custom id &quot;%2&quot;</source>
        <translation>Название «%1», пользовательский id «%2»</translation>
    </message>
    <message>
        <source>Unknown fields (left as written): %1</source>
        <translation>Неизвестные поля (оставлены как есть): %1</translation>
    </message>
    <message>
        <source>Content ID is not available here: describe a new policy.</source>
        <translation>Content ID здесь недоступен: опишите новое правило.</translation>
    </message>
    <message>
        <source>Reading the owner&apos;s saved policies…</source>
        <translation>Чтение сохранённых правил владельца…</translation>
    </message>
    <message numerus="yes">
        <source>%n saved policies of %1.</source>
        <translation>
            <numerusform>%n сохранённое правило владельца %1.</numerusform>
            <numerusform>%n сохранённых правила владельца %1.</numerusform>
            <numerusform>%n сохранённых правил владельца %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved policies could not be read: %1</source>
        <translation>Не удалось прочитать сохранённые правила: %1</translation>
    </message>
    <message>
        <source>Choose a saved match policy, or describe a new one.</source>
        <translation>Выберите сохранённое правило для совпадений или опишите новое.</translation>
    </message>
    <message>
        <source>Choose the claim&apos;s saved policy, or describe a new one.</source>
        <translation>Выберите сохранённое правило для заявки или опишите новое.</translation>
    </message>
    <message>
        <source>Mid-roll times: &quot;%1&quot; is not a whole number of seconds.</source>
        <translation>Время мидроллов: «%1» — не целое число секунд.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::SandboxPostsWindow</name>
    <message>
        <source>What the sandbox received</source>
        <translation>Что получила песочница</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShortcutSettingsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Back to the default shortcut</source>
        <translation>Вернуть сочетание по умолчанию</translation>
    </message>
    <message>
        <source>%1 is used by %2: give each action its own shortcut.</source>
        <translation>%1 используется для: %2. Назначьте каждому действию своё сочетание.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>This shortcut is also used by another action.</source>
        <translation>Это сочетание также используется другим действием.</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowRail</name>
    <message>
        <source>After the show:</source>
        <translation>После эфира:</translation>
    </message>
    <message>
        <source>Nothing more to do for this show.</source>
        <translation>Для этой трансляции больше ничего не нужно.</translation>
    </message>
    <message>
        <source>Next: create or open a broadcast</source>
        <translation>Далее: создайте или откройте трансляцию</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Next: %1 (not yet)</source>
        <translation>Далее: %1 (пока нельзя)</translation>
    </message>
    <message>
        <source>The show is over. After the show (not available here): %1.</source>
        <translation>Эфир окончен. После эфира (здесь недоступно): %1.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation>Этот канал не связан с владельцем контента Content ID.</translation>
    </message>
    <message>
        <source>The operator went on without a claim.</source>
        <translation>Оператор продолжил без заявки.</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заявка создана</translation>
    </message>
    <message>
        <source>Claim %1 on asset %2</source>
        <translation>Заявка %1 для объекта %2</translation>
    </message>
    <message>
        <source>The broadcast does not record from the start.</source>
        <translation>Трансляция не записывается с начала.</translation>
    </message>
    <message>
        <source>waiting for the recording</source>
        <translation>ожидание записи</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Референс %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowTab</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Доступ по ссылке</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый доступ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Auto start when the stream becomes active</source>
        <translation>Автозапуск, когда поток становится активным</translation>
    </message>
    <message>
        <source>Auto stop when the stream stops</source>
        <translation>Автоостановка, когда поток прекращается</translation>
    </message>
    <message>
        <source>Only before the show starts; auto start only while the stream receives nothing. With a test phase, leave both off.</source>
        <translation>Только до начала трансляции; автозапуск — только пока поток не получает данных. Если будет тестовый этап, оставьте оба выключенными.</translation>
    </message>
    <message>
        <source>Update &amp;title, description and privacy</source>
        <translation>О&amp;бновить название, описание и доступ</translation>
    </message>
    <message>
        <source>Appl&amp;y auto start/stop</source>
        <translation>П&amp;рименить автозапуск/автоостановку</translation>
    </message>
</context>
<context>
    <name>onair::ui::SignInPrompt</name>
    <message>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <source>Signed out: %1 The broadcast goes on at YouTube; sign in again to control it.</source>
        <translation>Выполнен выход: %1 Трансляция на YouTube продолжается; войдите снова, чтобы управлять ею.</translation>
    </message>
</context>
<context>
    <name>onair::ui::StatusPanel</name>
    <message>
        <source>Monitor</source>
        <translation>Монитор</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Эфир</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%v / %m units</source>
        <translation>%v / %m ед.</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>НЕ В ЭФИРЕ</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>ГОТОВ</translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation>ТЕСТ</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>В ЭФИРЕ</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>ЗАВЕРШЕНО</translation>
    </message>
    <message>
        <source>No broadcast</source>
        <translation>Нет трансляции</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>нет потока</translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal against the local emulator; nothing reaches YouTube</source>
        <translation>ПЕСОЧНИЦА — репетиция на локальном эмуляторе; ничего не попадает на YouTube</translation>
    </message>
    <message>
        <source>YouTube — actions reach the real channel</source>
        <translation>YouTube — действия затрагивают реальный канал</translation>
    </message>
    <message>
        <source>%1 units/hour spent recently</source>
        <translation>%1 ед./час потрачено за последнее время</translation>
    </message>
    <message>
        <source>%v / %m uploads</source>
        <translation>Загрузки: %v / %m</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>НЕТ СИГНАЛА</translation>
    </message>
    <message>
        <source>AD BREAK %1</source>
        <translation>РЕКЛАМА %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamForm</name>
    <message>
        <source>Main encoder</source>
        <translation>Основной кодировщик</translation>
    </message>
    <message>
        <source>Stream &amp;name</source>
        <translation>На&amp;звание потока</translation>
    </message>
    <message>
        <source>&amp;Ingestion</source>
        <translation>При&amp;ём</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Разрешение</translation>
    </message>
    <message>
        <source>&amp;Frame rate</source>
        <translation>&amp;Частота кадров</translation>
    </message>
    <message>
        <source>Reusable for later broadcasts</source>
        <translation>Многоразовый для следующих трансляций</translation>
    </message>
    <message>
        <source>Give the stream a name.</source>
        <translation>Укажите название потока.</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamPanel</name>
    <message>
        <source>Ingest stream</source>
        <translation>Поток приёма</translation>
    </message>
    <message>
        <source>No stream bound</source>
        <translation>Поток не привязан</translation>
    </message>
    <message>
        <source>Ingestion URL</source>
        <translation>Адрес приёма</translation>
    </message>
    <message>
        <source>Backup URL</source>
        <translation>Резервный адрес</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Ключ потока</translation>
    </message>
    <message>
        <source>Reveal key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>ingestion URL</source>
        <translation>адрес приёма</translation>
    </message>
    <message>
        <source>backup URL</source>
        <translation>резервный адрес</translation>
    </message>
    <message>
        <source>stream key</source>
        <translation>ключ потока</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Скрыть ключ</translation>
    </message>
    <message>
        <source>%1 — %2, %3 %4, %5</source>
        <translation>%1 — %2, %3 %4, %5</translation>
    </message>
    <message>
        <source>reusable</source>
        <translation>многоразовый</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>однократный</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamTab</name>
    <message>
        <source>Replace bound stream</source>
        <translation>Заменить привязанный поток</translation>
    </message>
    <message>
        <source>Unbind and delete the current stream, create this one and bind it (for a misconfigured stream)</source>
        <translation>Отвязать и удалить текущий поток, создать этот и привязать его (для неверно настроенного потока)</translation>
    </message>
    <message>
        <source>Or bind an existing reusable stream:</source>
        <translation>Или привяжите существующий многоразовый поток:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Bind selected</source>
        <translation>Привязать выбранный</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard</source>
        <translation>Скопировано в буфер обмена: %1</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Создать поток</translation>
    </message>
    <message>
        <source>Replace the stream</source>
        <translation>Замена потока</translation>
    </message>
    <message>
        <source>Unbind and delete the bound stream, then create and bind a new one? The encoder must switch to the new stream key.</source>
        <translation>Отвязать и удалить привязанный поток, затем создать и привязать новый? Кодировщик нужно будет переключить на новый ключ потока.</translation>
    </message>
    <message>
        <source>&amp;Create and bind</source>
        <translation>&amp;Создать и привязать</translation>
    </message>
</context>
<context>
    <name>onair::ui::TransportBar</name>
    <message>
        <source>Start test</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <source>Go live…</source>
        <translation>Выйти в эфир…</translation>
    </message>
    <message>
        <source>End broadcast…</source>
        <translation>Завершить трансляцию…</translation>
    </message>
    <message>
        <source>Recover stuck broadcast</source>
        <translation>Восстановить зависшую трансляцию</translation>
    </message>
    <message>
        <source>Recover the broadcast</source>
        <translation>Восстановление трансляции</translation>
    </message>
    <message>
        <source>Delete the stuck broadcast, create a new one with the same settings, bind it to the same stream and test again?</source>
        <translation>Удалить зависшую трансляцию, создать новую с теми же настройками, привязать её к тому же потоку и снова провести тест?</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Выйти в эфир</translation>
    </message>
    <message>
        <source>End the broadcast</source>
        <translation>Завершение трансляции</translation>
    </message>
    <message>
        <source>End the broadcast now? This cannot be undone: a completed broadcast cannot go live again.</source>
        <translation>Завершить трансляцию сейчас? Это действие необратимо: завершённая трансляция не может снова выйти в эфир.</translation>
    </message>
    <message>
        <source>Stop the test encoder</source>
        <translation>Остановка тестового кодировщика</translation>
    </message>
    <message>
        <source>Stop the test encoder? The stream stops, and a show that is testing or live goes off the air.</source>
        <translation>Остановить тестовый кодировщик? Поток прекратится, и шоу в тесте или в эфире уйдёт из эфира.</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Сначала войдите</translation>
    </message>
    <message>
        <source>Sign in to start.</source>
        <translation>Войдите, чтобы начать.</translation>
    </message>
    <message>
        <source>Create a broadcast or open an upcoming one.</source>
        <translation>Создайте трансляцию или откройте предстоящую.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Start test &amp;encoder</source>
        <translation>Запустить тестовый &amp;кодировщик</translation>
    </message>
    <message>
        <source>Go live now? The broadcast becomes public: anyone can find and watch it.</source>
        <translation>Выйти в эфир сейчас? Трансляция будет в открытом доступе: найти и посмотреть её сможет любой.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast is unlisted: anyone with the link can watch it.</source>
        <translation>Выйти в эфир сейчас? Трансляция доступна по ссылке: посмотреть её сможет любой, у кого есть ссылка.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast is private: only the viewers you invited can watch it.</source>
        <translation>Выйти в эфир сейчас? У трансляции ограниченный доступ: посмотреть её смогут только приглашённые вами зрители.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast&apos;s privacy (%1) is not known to OnAir: check who can watch it first.</source>
        <translation>Выйти в эфир сейчас? Настройка доступа трансляции (%1) неизвестна OnAir: сначала проверьте, кто сможет её посмотреть.</translation>
    </message>
    <message>
        <source>Stop test &amp;encoder…</source>
        <translation>Остановить тестовый &amp;кодировщик…</translation>
    </message>
</context>
<context>
    <name>onair::ui::UpcomingTab</name>
    <message>
        <source>Upcoming and active broadcasts, including interrupted ones:</source>
        <translation>Предстоящие и активные трансляции, включая прерванные:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>List broadcasts</source>
        <translation>Список трансляций</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>Отк&amp;рыть выбранную</translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadForm</name>
    <message>
        <source>Publish at</source>
        <translation>Опубликовать в</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Для детей</translation>
    </message>
    <message>
        <source>Allow embedding</source>
        <translation>Разрешить встраивание</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Notify subscribers</source>
        <translation>Уведомить подписчиков</translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <translation>Загрузка записи</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>теги через запятую</translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation>Люди и блоги</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Развлечения</translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation>Новости и политика</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation>Наука и техника</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музыка</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Видеоигры</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Доступ по ссылке</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый доступ</translation>
    </message>
    <message>
        <source>Standard YouTube license</source>
        <translation>Стандартная лицензия YouTube</translation>
    </message>
    <message>
        <source>Creative Commons – Attribution</source>
        <translation>Creative Commons – с указанием авторства</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Значок</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Выберите файл для загрузки.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>Не удаётся прочитать файл %1.</translation>
    </message>
    <message>
        <source>The location needs a latitude (−90…90) and a longitude (−180…180).</source>
        <translation>Для местоположения нужны широта (−90…90) и долгота (−180…180).</translation>
    </message>
    <message>
        <source>Publishes at %1 your time; private until then.</source>
        <translation>Публикация в %1 по вашему времени; до этого — ограниченный доступ.</translation>
    </message>
    <message>
        <source>Recording to upload</source>
        <translation>Запись для загрузки</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;All files (*)</source>
        <translation>Видео (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadsPanel</name>
    <message>
        <source>Upload a recording…</source>
        <translation>Загрузить запись…</translation>
    </message>
    <message>
        <source>Upload the recording…</source>
        <translation>Загрузить запись эфира…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel upload…</source>
        <translation>Отменить загрузку…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>How many files upload at the same time</source>
        <translation>Сколько файлов загружается одновременно</translation>
    </message>
    <message>
        <source>The show has ended: upload its recording with the show&apos;s title and description</source>
        <translation>Эфир завершён: загрузите его запись с названием и описанием трансляции</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Одновременно</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>обработка…</translation>
    </message>
    <message>
        <source>Uploaded: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. YouTube processes it now.</source>
        <translation>Загружено: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. YouTube обрабатывает видео.</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>обработано</translation>
    </message>
    <message>
        <source>not processed: %1</source>
        <translation>не обработано: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; is processed and ready.</source>
        <translation>Видео &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; обработано и готово.</translation>
    </message>
    <message>
        <source>⚠ YouTube did not process &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3. Open it in YouTube Studio to see why.</source>
        <translation>⚠ YouTube не обработал &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3. Откройте видео в YouTube Studio, чтобы узнать причину.</translation>
    </message>
    <message>
        <source>The show has ended: “Upload the recording…” sends its recording with the show&apos;s title and description.</source>
        <translation>Эфир завершён: «Загрузить запись эфира…» отправит его запись с названием и описанием трансляции.</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1% файла %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%)</source>
        <translation>%1 из %2 МиБ (%3%)</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 МиБ/с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Cancel the upload of %1? YouTube forgets what it received; uploading it again starts from the beginning.</source>
        <translation>Отменить загрузку %1? YouTube удалит уже полученные данные; повторная загрузка начнётся с начала.</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Отмена загрузки</translation>
    </message>
</context>
</TS>
