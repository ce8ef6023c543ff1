<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>BroadcastSession</name>
    <message>
        <source>No stream is bound yet: create or pick a stream and bind it.</source>
        <translation>Nie powiązano jeszcze strumienia: utwórz lub wybierz strumień i powiąż go.</translation>
    </message>
    <message>
        <source>The stream is not receiving data: start the encoder and wait for &quot;active&quot;.</source>
        <translation>Strumień nie odbiera danych: uruchom enkoder i poczekaj na stan „active”.</translation>
    </message>
    <message>
        <source>Testing needs the monitor stream, which is off for this broadcast.</source>
        <translation>Test wymaga strumienia podglądu, który jest wyłączony dla tej transmisji.</translation>
    </message>
    <message>
        <source>A transition is already under way: wait for it to finish.</source>
        <translation>Przejście już trwa: poczekaj, aż się zakończy.</translation>
    </message>
    <message>
        <source>The broadcast is already in that state.</source>
        <translation>Transmisja jest już w tym stanie.</translation>
    </message>
    <message>
        <source>YouTube does not allow that step from the current state.</source>
        <translation>YouTube nie pozwala na ten krok z obecnego stanu.</translation>
    </message>
    <message>
        <source>Auto start and auto stop can change only before the show starts (created or ready). With a test phase, leave them off and go live and end by hand.</source>
        <translation>Automatyczny start i stop można zmienić tylko przed rozpoczęciem transmisji (created lub ready). Jeśli planujesz test, zostaw je wyłączone i przejdź na żywo oraz zakończ ręcznie.</translation>
    </message>
    <message>
        <source>Auto start can change only while the stream is not receiving data: switch it before the encoder starts, or go live by hand.</source>
        <translation>Automatyczny start można zmienić tylko wtedy, gdy strumień nie odbiera danych: przełącz go przed uruchomieniem enkodera albo przejdź na żywo ręcznie.</translation>
    </message>
    <message>
        <source>The broadcast has ended: it cannot be tested or go live again.</source>
        <translation>Transmisja się zakończyła: nie może już przejść do testu ani ponownie wejść na antenę.</translation>
    </message>
    <message>
        <source>The Content ID claim is not finished yet: wait for it (see the show rail).</source>
        <translation>Roszczenie Content ID nie jest jeszcze gotowe: poczekaj na nie (zobacz etapy programu).</translation>
    </message>
    <message>
        <source>The Content ID claim failed: retry it or go on without a claim.</source>
        <translation>Roszczenie Content ID nie powiodło się: ponów je albo kontynuuj bez roszczenia.</translation>
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
        <translation>Użycie: onair ctl POLECENIE
  break [SEKUNDY] [--at HH:MM[:SS] | --offset MS]  wstaw przerwę reklamową
  status [--json]     stan programu
  test                rozpocznij test
  live | end | recover   uzbrój czynność (jeśli zezwolono w Ustawienia → Zdalne sterowanie)
  confirm live|end|recover   wykonaj uzbrojoną czynność, w ciągu 5 s
  refresh             odczytaj teraz transmisję i strumień
Kody wyjścia: 0 wykonano, 1 odrzucono, 2 błędne użycie, 3 OnAir nie działa, 4 zignorowano (podwójne naciśnięcie), 5 uzbrojono, 6 niedozwolone, 7 zbyt wiele wywołań, 8 brak odpowiedzi YouTube.</translation>
    </message>
    <message>
        <source>onair ctl: --at takes HH:MM or HH:MM:SS.</source>
        <translation>onair ctl: --at przyjmuje HH:MM lub HH:MM:SS.</translation>
    </message>
    <message>
        <source>onair ctl: --offset takes milliseconds (0 or more).</source>
        <translation>onair ctl: --offset przyjmuje milisekundy (0 lub więcej).</translation>
    </message>
    <message>
        <source>onair ctl: &quot;%1&quot; is not a duration in seconds.</source>
        <translation>onair ctl: „%1” nie jest czasem trwania w sekundach.</translation>
    </message>
    <message>
        <source>onair ctl: a break is at a wall time or at an offset, not both.</source>
        <translation>onair ctl: przerwa może być o określonej godzinie albo z przesunięciem, nie oba naraz.</translation>
    </message>
    <message>
        <source>onair ctl: no OnAir is running (nothing answers on D-Bus as %1).</source>
        <translation>onair ctl: OnAir nie działa (nic nie odpowiada w D-Bus jako %1).</translation>
    </message>
    <message>
        <source>onair ctl: OnAir did not answer: %1</source>
        <translation>onair ctl: OnAir nie odpowiedział: %1</translation>
    </message>
    <message>
        <source>tally: %1</source>
        <translation>tally: %1</translation>
    </message>
    <message>
        <source>broadcast: %1 (%2), stream %3</source>
        <translation>transmisja: %1 (%2), strumień %3</translation>
    </message>
    <message>
        <source>ad breaks: can be placed now</source>
        <translation>przerwy reklamowe: można je teraz wstawiać</translation>
    </message>
    <message>
        <source>ad breaks: %1</source>
        <translation>przerwy reklamowe: %1</translation>
    </message>
    <message>
        <source>an ad break is running</source>
        <translation>trwa przerwa reklamowa</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The project&apos;s YouTube API quota for today is used up. Nothing more can be changed until it resets at midnight Pacific time; ask for a higher quota in the Google Cloud console.</source>
        <translation>Dzisiejszy limit interfejsu YouTube API dla projektu został wyczerpany. Nic więcej nie można zmienić do jego odnowienia o północy czasu pacyficznego; poproś o wyższy limit w konsoli Google Cloud.</translation>
    </message>
    <message>
        <source>YouTube is receiving requests from OnAir too quickly. Wait a minute, then try again.</source>
        <translation>YouTube otrzymuje żądania z OnAir zbyt szybko. Odczekaj minutę, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This account is sending requests too quickly. Wait a minute, then try again.</source>
        <translation>To konto wysyła żądania zbyt szybko. Odczekaj minutę, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This account sent too many requests in a short time. Wait a minute, then try again.</source>
        <translation>To konto wysłało zbyt wiele żądań w krótkim czasie. Odczekaj minutę, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube did not accept the sign-in. Sign in to the account again.</source>
        <translation>YouTube nie zaakceptował logowania. Zaloguj się ponownie na to konto.</translation>
    </message>
    <message>
        <source>The sign-in does not grant the access OnAir needs. Sign in again and allow managing your YouTube account.</source>
        <translation>Logowanie nie daje dostępu, którego potrzebuje OnAir. Zaloguj się ponownie i zezwól na zarządzanie kontem YouTube.</translation>
    </message>
    <message>
        <source>The YouTube Data API is not enabled for this OAuth client&apos;s project. Enable it in the Google Cloud console, then try again.</source>
        <translation>Interfejs YouTube Data API nie jest włączony w projekcie tego klienta OAuth. Włącz go w konsoli Google Cloud, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube refused this action for this channel or in the broadcast&apos;s current state. Check the broadcast&apos;s state and the channel&apos;s permissions.</source>
        <translation>YouTube odrzucił tę czynność dla tego kanału lub w obecnym stanie transmisji. Sprawdź stan transmisji i uprawnienia kanału.</translation>
    </message>
    <message>
        <source>YouTube had a temporary internal problem. Try again in a moment.</source>
        <translation>YouTube ma chwilowy problem wewnętrzny. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>YouTube had an internal error. Try again in a moment; if it persists, check the YouTube status page.</source>
        <translation>Wystąpił błąd wewnętrzny YouTube. Spróbuj ponownie za chwilę; jeśli błąd się powtarza, sprawdź stronę stanu YouTube.</translation>
    </message>
    <message>
        <source>YouTube is temporarily unavailable. Try again in a moment.</source>
        <translation>YouTube jest chwilowo niedostępny. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>YouTube rejected the request as malformed. This is likely a bug in OnAir; the event log has the details.</source>
        <translation>YouTube odrzucił żądanie jako nieprawidłowo sformułowane. To prawdopodobnie błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>YouTube rejected a value in the request. Check the settings you entered.</source>
        <translation>YouTube odrzucił jedną z wartości w żądaniu. Sprawdź wprowadzone ustawienia.</translation>
    </message>
    <message>
        <source>YouTube rejected a parameter of the request. This is likely a bug in OnAir; the event log has the details.</source>
        <translation>YouTube odrzucił parametr żądania. To prawdopodobnie błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>A required value is missing from the request. Fill in all required settings and try again.</source>
        <translation>W żądaniu brakuje wymaganej wartości. Wypełnij wszystkie wymagane ustawienia i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube could not read the request. This is a bug in OnAir; the event log has the details.</source>
        <translation>YouTube nie mógł odczytać żądania. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The upload was sent to the wrong address. This is a bug in OnAir; the event log has the details.</source>
        <translation>Plik wysłano na niewłaściwy adres. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The file is too large for YouTube. Choose a smaller file.</source>
        <translation>Plik jest za duży dla YouTube. Wybierz mniejszy plik.</translation>
    </message>
    <message>
        <source>The request combined options YouTube does not allow together. This is a bug in OnAir; the event log has the details.</source>
        <translation>Żądanie łączyło opcje, których YouTube nie dopuszcza jednocześnie. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The list request used an invalid filter. This is a bug in OnAir; the event log has the details.</source>
        <translation>Żądanie listy użyło nieprawidłowego filtra. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The list page is no longer valid. Refresh the list.</source>
        <translation>Ta strona listy jest już nieaktualna. Odśwież listę.</translation>
    </message>
    <message>
        <source>The request lacks a required parameter. This is a bug in OnAir; the event log has the details.</source>
        <translation>W żądaniu brakuje wymaganego parametru. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The request has a parameter YouTube does not accept. This is a bug in OnAir; the event log has the details.</source>
        <translation>Żądanie zawiera parametr, którego YouTube nie akceptuje. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The request asked for a part YouTube does not know. This is a bug in OnAir; the event log has the details.</source>
        <translation>Żądanie dotyczyło części (part), której YouTube nie zna. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>This Google account may not act for the selected channel. Sign in with the channel&apos;s owner or a manager.</source>
        <translation>To konto Google nie może działać w imieniu wybranego kanału. Zaloguj się jako właściciel lub menedżer kanału.</translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is closed. Sign in with another account.</source>
        <translation>Konto YouTube, na które się zalogowano, zostało zamknięte. Zaloguj się na inne konto.</translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is suspended. Sign in with another account.</source>
        <translation>Konto YouTube, na które się zalogowano, zostało zawieszone. Zaloguj się na inne konto.</translation>
    </message>
    <message>
        <source>A YouTube limit for this account has been reached. Wait, or remove old items, then try again.</source>
        <translation>Osiągnięto limit YouTube dla tego konta. Odczekaj albo usuń stare elementy, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube could not find the requested item. It may have been deleted; refresh the list.</source>
        <translation>YouTube nie znalazł żądanego elementu. Mógł zostać usunięty; odśwież listę.</translation>
    </message>
    <message>
        <source>The item was changed elsewhere at the same time. Refresh and try again.</source>
        <translation>Element został w tym samym czasie zmieniony w innym miejscu. Odśwież i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This item already exists. Refresh the list before creating it again.</source>
        <translation>Ten element już istnieje. Odśwież listę, zanim utworzysz go ponownie.</translation>
    </message>
    <message>
        <source>Too many uploads in a short time. Wait a few minutes, then try again.</source>
        <translation>Zbyt wiele przesłanych plików w krótkim czasie. Odczekaj kilka minut, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The monitor stream can only be switched on or off before testing starts.</source>
        <translation>Strumień podglądu można włączyć lub wyłączyć tylko przed rozpoczęciem testu.</translation>
    </message>
    <message>
        <source>DVR can only be changed before testing starts.</source>
        <translation>Ustawienie DVR można zmienić tylko przed rozpoczęciem testu.</translation>
    </message>
    <message>
        <source>Recording can only be changed before testing starts.</source>
        <translation>Nagrywanie można zmienić tylko przed rozpoczęciem testu.</translation>
    </message>
    <message>
        <source>This channel cannot embed live broadcasts. Switch embedding off for this broadcast.</source>
        <translation>Ten kanał nie może umieszczać transmisji na żywo na innych stronach. Wyłącz umieszczanie dla tej transmisji.</translation>
    </message>
    <message>
        <source>Auto-start can only be changed before testing while the stream is not receiving data.</source>
        <translation>Autostart można zmienić tylko przed testem i tylko wtedy, gdy strumień nie odbiera danych.</translation>
    </message>
    <message>
        <source>Auto-stop can only be changed before testing starts.</source>
        <translation>Autostop można zmienić tylko przed rozpoczęciem testu.</translation>
    </message>
    <message>
        <source>Auto-start cannot be used with this broadcast. Switch auto-start off.</source>
        <translation>Autostartu nie można użyć w tej transmisji. Wyłącz autostart.</translation>
    </message>
    <message>
        <source>Auto-stop cannot be used with this broadcast. Switch auto-stop off.</source>
        <translation>Autostopu nie można użyć w tej transmisji. Wyłącz autostop.</translation>
    </message>
    <message>
        <source>Closed captions can only be changed before testing starts.</source>
        <translation>Napisy można zmienić tylko przed rozpoczęciem testu.</translation>
    </message>
    <message>
        <source>The closed-caption settings contradict each other. Choose one caption type.</source>
        <translation>Ustawienia napisów są ze sobą sprzeczne. Wybierz jeden rodzaj napisów.</translation>
    </message>
    <message>
        <source>This latency does not fit the other settings (ultra-low latency rules out captions, 1440p and 4K). Choose another latency.</source>
        <translation>To opóźnienie nie pasuje do pozostałych ustawień (bardzo niskie opóźnienie wyklucza napisy, 1440p i 4K). Wybierz inne opóźnienie.</translation>
    </message>
    <message>
        <source>This broadcast cannot use that projection. Choose rectangular.</source>
        <translation>Ta transmisja nie może używać tej projekcji. Wybierz prostokątną.</translation>
    </message>
    <message>
        <source>A title is required. Enter one.</source>
        <translation>Tytuł jest wymagany. Wpisz go.</translation>
    </message>
    <message>
        <source>A scheduled start time is required. Enter one.</source>
        <translation>Planowany czas rozpoczęcia jest wymagany. Wpisz go.</translation>
    </message>
    <message>
        <source>A privacy setting is required. Choose public, unlisted or private.</source>
        <translation>Ustawienie prywatności jest wymagane. Wybierz: publiczny, niepubliczny lub prywatny.</translation>
    </message>
    <message>
        <source>A scheduled end time is required. Enter one.</source>
        <translation>Planowany czas zakończenia jest wymagany. Wpisz go.</translation>
    </message>
    <message>
        <source>The title is not valid (it must be 1 to 100 characters for a broadcast). Shorten or fill it in.</source>
        <translation>Tytuł jest nieprawidłowy (dla transmisji musi mieć od 1 do 100 znaków). Skróć go lub uzupełnij.</translation>
    </message>
    <message>
        <source>The description is too long. Shorten it.</source>
        <translation>Opis jest za długi. Skróć go.</translation>
    </message>
    <message>
        <source>The scheduled start time must be in the future and not too far ahead. Pick another time.</source>
        <translation>Planowany czas rozpoczęcia musi przypadać w przyszłości, ale nie zbyt odległej. Wybierz inny czas.</translation>
    </message>
    <message>
        <source>The scheduled end time must be after the start time. Pick another time.</source>
        <translation>Planowany czas zakończenia musi być późniejszy niż czas rozpoczęcia. Wybierz inny czas.</translation>
    </message>
    <message>
        <source>That privacy setting is not valid. Choose public, unlisted or private.</source>
        <translation>To ustawienie prywatności jest nieprawidłowe. Wybierz: publiczny, niepubliczny lub prywatny.</translation>
    </message>
    <message>
        <source>This account may not manage live broadcasts. Check the channel&apos;s live streaming permissions.</source>
        <translation>To konto nie może zarządzać transmisjami na żywo. Sprawdź uprawnienia kanału do transmisji na żywo.</translation>
    </message>
    <message>
        <source>Live streaming is blocked for this channel. See YouTube Studio for the reason.</source>
        <translation>Transmisje na żywo są zablokowane na tym kanale. Przyczynę znajdziesz w YouTube Studio.</translation>
    </message>
    <message>
        <source>Live streaming is not enabled for this channel. Enable it in YouTube Studio (it can take 24 hours).</source>
        <translation>Transmisje na żywo nie są włączone na tym kanale. Włącz je w YouTube Studio (może to potrwać 24 godziny).</translation>
    </message>
    <message>
        <source>This channel has too many scheduled broadcasts. Delete some, then try again.</source>
        <translation>Ten kanał ma zbyt wiele zaplanowanych transmisji. Usuń część z nich, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The monitor stream setting is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation>W aktualizacji brakuje ustawienia strumienia podglądu. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The broadcast delay is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation>W aktualizacji brakuje opóźnienia transmisji. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>No broadcast or stream was given. Select one and try again.</source>
        <translation>Nie wskazano transmisji ani strumienia. Wybierz jedno z nich i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>No target state was given for the transition. This is a bug in OnAir; the event log has the details.</source>
        <translation>Nie podano stanu docelowego przejścia. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The broadcast no longer exists on YouTube. Refresh the list and pick or create another.</source>
        <translation>Transmisja nie istnieje już w YouTube. Odśwież listę i wybierz lub utwórz inną.</translation>
    </message>
    <message>
        <source>The broadcast is already in that state, or on its way there.</source>
        <translation>Transmisja jest już w tym stanie albo właśnie do niego przechodzi.</translation>
    </message>
    <message>
        <source>The broadcast cannot move to that state from its current one. Refresh to see where it is.</source>
        <translation>Transmisja nie może przejść do tego stanu z obecnego. Odśwież, aby zobaczyć, w jakim jest stanie.</translation>
    </message>
    <message>
        <source>The stream is not receiving data. Start the encoder, wait until the stream shows active, then try again.</source>
        <translation>Strumień nie odbiera danych. Uruchom enkoder, poczekaj, aż strumień będzie miał stan active, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube could not carry out the transition. Try again; if the broadcast stays stuck, use the recovery.</source>
        <translation>YouTube nie mógł wykonać przejścia. Spróbuj ponownie; jeśli transmisja nadal się zawiesza, użyj odzyskiwania.</translation>
    </message>
    <message>
        <source>A stream cannot be bound or unbound in the broadcast&apos;s current state.</source>
        <translation>W obecnym stanie transmisji nie można powiązać ani odłączyć strumienia.</translation>
    </message>
    <message>
        <source>The stream no longer exists on YouTube. Pick or create another.</source>
        <translation>Strumień nie istnieje już w YouTube. Wybierz lub utwórz inny.</translation>
    </message>
    <message>
        <source>The broadcast cannot be deleted in its current state. End it first.</source>
        <translation>W obecnym stanie transmisji nie można jej usunąć. Najpierw ją zakończ.</translation>
    </message>
    <message>
        <source>The ad break has no type. This is a bug in OnAir; the event log has the details.</source>
        <translation>Przerwa reklamowa nie ma typu. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>An ad break can have an offset or a wall-clock time, not both. This is a bug in OnAir; the event log has the details.</source>
        <translation>Przerwa reklamowa może mieć przesunięcie albo godzinę zegarową, ale nie oba naraz. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The ad break&apos;s offset is not valid (outside the window the broadcast delay allows). Fire it again closer to now.</source>
        <translation>Przesunięcie przerwy reklamowej jest nieprawidłowe (poza oknem, na które pozwala opóźnienie transmisji). Wstaw ją ponownie bliżej bieżącej chwili.</translation>
    </message>
    <message>
        <source>The ad break&apos;s time is not valid. Choose another time.</source>
        <translation>Czas przerwy reklamowej jest nieprawidłowy. Wybierz inny czas.</translation>
    </message>
    <message>
        <source>The stream&apos;s ingestion settings are missing. Choose an ingestion type, resolution and frame rate.</source>
        <translation>Brakuje ustawień przesyłania strumienia. Wybierz typ przesyłania, rozdzielczość i liczbę klatek.</translation>
    </message>
    <message>
        <source>The stream needs an ingestion type. Choose one (RTMP is the usual).</source>
        <translation>Strumień wymaga typu przesyłania. Wybierz go (zwykle RTMP).</translation>
    </message>
    <message>
        <source>The stream needs a frame rate with its resolution. Choose one.</source>
        <translation>Strumień wymaga liczby klatek odpowiedniej do rozdzielczości. Wybierz ją.</translation>
    </message>
    <message>
        <source>The stream needs a resolution with its frame rate. Choose one.</source>
        <translation>Strumień wymaga rozdzielczości odpowiedniej do liczby klatek. Wybierz ją.</translation>
    </message>
    <message>
        <source>The stream format field is no longer accepted. This is a bug in OnAir; the event log has the details.</source>
        <translation>Pole formatu strumienia nie jest już akceptowane. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>That frame rate is not valid for a stream. Choose 30fps, 60fps or variable.</source>
        <translation>Ta liczba klatek jest nieprawidłowa dla strumienia. Wybierz 30fps, 60fps lub zmienną.</translation>
    </message>
    <message>
        <source>That ingestion type is not valid. Choose RTMP, DASH, WebRTC or HLS.</source>
        <translation>Ten typ przesyłania jest nieprawidłowy. Wybierz RTMP, DASH, WebRTC lub HLS.</translation>
    </message>
    <message>
        <source>That resolution is not valid for a stream. Choose another.</source>
        <translation>Ta rozdzielczość jest nieprawidłowa dla strumienia. Wybierz inną.</translation>
    </message>
    <message>
        <source>This stream cannot be changed now (resolution, frame rate and ingestion type are fixed once created). Create a new stream instead.</source>
        <translation>Tego strumienia nie można teraz zmienić (rozdzielczość, liczba klatek i typ przesyłania są ustalane przy tworzeniu). Zamiast tego utwórz nowy strumień.</translation>
    </message>
    <message>
        <source>The stream is bound to a broadcast that has not ended. End or unbind the broadcast first.</source>
        <translation>Strumień jest powiązany z transmisją, która się nie zakończyła. Najpierw zakończ transmisję lub ją odłącz.</translation>
    </message>
    <message>
        <source>A default language is needed for the localized titles. Set the video&apos;s language.</source>
        <translation>Zlokalizowane tytuły wymagają języka domyślnego. Ustaw język filmu.</translation>
    </message>
    <message>
        <source>That category does not exist. Choose another category.</source>
        <translation>Ta kategoria nie istnieje. Wybierz inną kategorię.</translation>
    </message>
    <message>
        <source>That privacy setting is not allowed for this video. Choose another.</source>
        <translation>To ustawienie prywatności jest niedozwolone dla tego filmu. Wybierz inne.</translation>
    </message>
    <message>
        <source>The scheduled publishing time is not valid. Choose another time.</source>
        <translation>Planowany czas publikacji jest nieprawidłowy. Wybierz inny czas.</translation>
    </message>
    <message>
        <source>The recording details are not valid. Check them.</source>
        <translation>Szczegóły nagrania są nieprawidłowe. Sprawdź je.</translation>
    </message>
    <message>
        <source>The tags are not valid (too long in total, or with forbidden characters). Shorten them.</source>
        <translation>Tagi są nieprawidłowe (łącznie za długie lub zawierają niedozwolone znaki). Skróć je.</translation>
    </message>
    <message>
        <source>The video&apos;s details are not valid. Check the title, description and tags.</source>
        <translation>Szczegóły filmu są nieprawidłowe. Sprawdź tytuł, opis i tagi.</translation>
    </message>
    <message>
        <source>This video may not change its embedding setting. Leave it as it is.</source>
        <translation>W tym filmie nie można zmienić ustawienia umieszczania. Pozostaw je bez zmian.</translation>
    </message>
    <message>
        <source>This video may not use that licence. Leave it as it is.</source>
        <translation>Ten film nie może używać tej licencji. Pozostaw ją bez zmian.</translation>
    </message>
    <message>
        <source>This video may not use that privacy setting. Choose another.</source>
        <translation>Ten film nie może używać tego ustawienia prywatności. Wybierz inne.</translation>
    </message>
    <message>
        <source>The video no longer exists on YouTube. Refresh the list.</source>
        <translation>Film nie istnieje już w YouTube. Odśwież listę.</translation>
    </message>
    <message>
        <source>YouTube could not use this image. Choose a JPEG or PNG within the size limit.</source>
        <translation>YouTube nie mógł użyć tego obrazu. Wybierz plik JPEG lub PNG mieszczący się w limicie rozmiaru.</translation>
    </message>
    <message>
        <source>No image was sent. Choose an image and try again.</source>
        <translation>Nie wysłano żadnego obrazu. Wybierz obraz i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Too many thumbnail uploads in a short time. Wait a few minutes, then try again.</source>
        <translation>Zbyt wiele przesłanych miniatur w krótkim czasie. Odczekaj kilka minut, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in to the account again.</source>
        <translation>Logowanie wygasło lub zostało cofnięte. Zaloguj się ponownie na to konto.</translation>
    </message>
    <message>
        <source>Google does not know this OAuth client, or its secret is wrong. Import the client_secret.json of a Desktop app again.</source>
        <translation>Google nie zna tego klienta OAuth albo jego klucz tajny jest błędny. Ponownie zaimportuj plik client_secret.json aplikacji typu Desktop app.</translation>
    </message>
    <message>
        <source>This OAuth client may not sign in this way. Use a client of type Desktop app.</source>
        <translation>Ten klient OAuth nie może logować w ten sposób. Użyj klienta typu Desktop app.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in request. Try again; if it persists, import the client_secret.json again.</source>
        <translation>Google odrzucił żądanie logowania. Spróbuj ponownie; jeśli błąd się powtarza, ponownie zaimportuj plik client_secret.json.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in request type. This is a bug in OnAir; the event log has the details.</source>
        <translation>Google odrzucił typ żądania logowania. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>Google rejected the requested permissions. This is a bug in OnAir; the event log has the details.</source>
        <translation>Google odrzucił żądane uprawnienia. To błąd w OnAir; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The sign-in token is not valid any more. Sign in to the account again.</source>
        <translation>Token logowania jest już nieważny. Zaloguj się ponownie na to konto.</translation>
    </message>
    <message>
        <source>OnAir could not open the web browser for sign-in. Set a default browser, then try again.</source>
        <translation>OnAir nie mógł otworzyć przeglądarki do logowania. Ustaw przeglądarkę domyślną, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled in the browser. Sign in again and allow access.</source>
        <translation>Logowanie zostało anulowane w przeglądarce. Zaloguj się ponownie i zezwól na dostęp.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator does not allow this app. Ask them, or use another account.</source>
        <translation>Administrator Twojej organizacji nie zezwala na tę aplikację. Zwróć się do niego albo użyj innego konta.</translation>
    </message>
    <message>
        <source>Google refused the browser used for sign-in. Sign in with your usual system browser.</source>
        <translation>Google odrzucił przeglądarkę użytą do logowania. Zaloguj się w swojej zwykłej przeglądarce systemowej.</translation>
    </message>
    <message>
        <source>This OAuth client is limited to its own organisation. Use an account of that organisation, or another client.</source>
        <translation>Ten klient OAuth jest ograniczony do własnej organizacji. Użyj konta z tej organizacji albo innego klienta.</translation>
    </message>
    <message>
        <source>This OAuth client was deleted. Create a Desktop app client and import its client_secret.json.</source>
        <translation>Ten klient OAuth został usunięty. Utwórz klienta typu Desktop app i zaimportuj jego plik client_secret.json.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in address. Make sure the OAuth client is of type Desktop app.</source>
        <translation>Google odrzucił adres logowania. Upewnij się, że klient OAuth jest typu Desktop app.</translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Create a channel or sign in with another account.</source>
        <translation>To konto Google nie ma kanału YouTube. Utwórz kanał albo zaloguj się na inne konto.</translation>
    </message>
    <message>
        <source>OnAir could not reach YouTube. Check the network connection, then try again.</source>
        <translation>OnAir nie może połączyć się z YouTube. Sprawdź połączenie sieciowe, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube did not answer in time. Check the network connection, then try again.</source>
        <translation>YouTube nie odpowiedział na czas. Sprawdź połączenie sieciowe, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube&apos;s answer could not be read. Try again; the event log has the details.</source>
        <translation>Nie udało się odczytać odpowiedzi YouTube. Spróbuj ponownie; szczegóły są w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <source>The account is signed out. Sign in again to continue; nothing was lost.</source>
        <translation>Konto jest wylogowane. Zaloguj się ponownie, aby kontynuować; nic nie zostało utracone.</translation>
    </message>
    <message>
        <source>The request reached YouTube but no answer came back, so OnAir cannot tell whether it took effect. Check the broadcast before trying again.</source>
        <translation>Żądanie dotarło do YouTube, ale nie wróciła żadna odpowiedź, więc OnAir nie wie, czy zostało wykonane. Sprawdź transmisję, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <source>YouTube did not create the item (the answer was lost and nothing matching exists). Try again.</source>
        <translation>YouTube nie utworzył elementu (odpowiedź zaginęła, a pasujący element nie istnieje). Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Sign-in took too long in the browser. Start it again.</source>
        <translation>Logowanie w przeglądarce trwało zbyt długo. Rozpocznij je ponownie.</translation>
    </message>
    <message>
        <source>The browser answered for another sign-in attempt. Start sign-in again.</source>
        <translation>Przeglądarka odpowiedziała dla innej próby logowania. Rozpocznij logowanie ponownie.</translation>
    </message>
    <message>
        <source>Access was granted without the YouTube permission OnAir needs. Sign in again and tick every box.</source>
        <translation>Dostęp przyznano bez uprawnienia YouTube, którego potrzebuje OnAir. Zaloguj się ponownie i zaznacz wszystkie pola.</translation>
    </message>
    <message>
        <source>This file is not a Google client_secret.json for a Desktop app. Download it again from the Google Cloud console.</source>
        <translation>Ten plik nie jest plikiem Google client_secret.json dla aplikacji typu Desktop app. Pobierz go ponownie z konsoli Google Cloud.</translation>
    </message>
    <message>
        <source>YouTube refused the request.</source>
        <translation>YouTube odrzucił żądanie.</translation>
    </message>
    <message>
        <source>YouTube could not find the item. Refresh the list.</source>
        <translation>YouTube nie znalazł elementu. Odśwież listę.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a minute, then try again.</source>
        <translation>Zbyt wiele żądań w krótkim czasie. Odczekaj minutę, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>YouTube had a problem on its side. Try again in a moment.</source>
        <translation>YouTube ma problem po swojej stronie. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>YouTube rejected the request.</source>
        <translation>YouTube odrzucił żądanie.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Żądanie nie powiodło się.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>YouTube said: &quot;%1&quot;</source>
        <translation>Odpowiedź YouTube: „%1”</translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <translation>(przyczyna: %1)</translation>
    </message>
    <message>
        <source>The ad break was not sent: YouTube could not be reached in time and a later break would be misplaced. Press again if it is still wanted.</source>
        <translation>Przerwa reklamowa nie została wysłana: nie udało się w porę połączyć z YouTube, a późniejsza przerwa trafiłaby w złe miejsce. Naciśnij ponownie, jeśli nadal jest potrzebna.</translation>
    </message>
    <message>
        <source>This channel has reached YouTube&apos;s limit of uploads for now. Start the upload again tomorrow.</source>
        <translation>Ten kanał osiągnął na razie limit przesyłania w YouTube. Rozpocznij przesyłanie ponownie jutro.</translation>
    </message>
    <message>
        <source>This account manages more than one Content ID owner. Choose the owner to act for, then try again.</source>
        <translation>To konto zarządza więcej niż jednym właścicielem treści w Content ID. Wybierz właściciela, w którego imieniu chcesz działać, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Content ID cannot make the reference yet: it needs the broadcast&apos;s recording (record from start) once it is processed, unless the owner is approved for live delivery. OnAir can create it after the show.</source>
        <translation>Content ID nie może jeszcze utworzyć pliku referencyjnego: potrzebuje przetworzonego nagrania transmisji (nagrywanie od początku), chyba że właściciel ma zgodę na dostarczanie na żywo. OnAir może go utworzyć po programie.</translation>
    </message>
    <message>
        <source>Content ID does not accept a service account. Sign in with a Google account linked to the content owner.</source>
        <translation>Content ID nie akceptuje konta usługi. Zaloguj się na konto Google powiązane z właścicielem treści.</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>Runs the announcement queue with no window.</source>
        <translation>Obsługuje kolejkę zapowiedzi bez okna.</translation>
    </message>
    <message>
        <source>Run with no window.</source>
        <translation>Uruchom bez okna.</translation>
    </message>
    <message>
        <source>The announcement queue&apos;s database (default %1).</source>
        <translation>Baza danych kolejki zapowiedzi (domyślnie %1).</translation>
    </message>
    <message>
        <source>Leave once nothing is pending or being sent.</source>
        <translation>Zakończ, gdy nic nie czeka ani nie jest wysyłane.</translation>
    </message>
    <message>
        <source>Send a post at most this many minutes late (default 15); later ones are held for the operator.</source>
        <translation>Wyślij post spóźniony najwyżej o tyle minut (domyślnie 15); bardziej spóźnione są wstrzymywane do decyzji operatora.</translation>
    </message>
    <message>
        <source>Queue row %1 cannot be read and is left as it is: %2</source>
        <translation>Nie można odczytać wiersza kolejki %1; pozostaje bez zmian: %2</translation>
    </message>
    <message>
        <source>Running the announcement queue %1.</source>
        <translation>Uruchomiono kolejkę zapowiedzi %1.</translation>
    </message>
    <message>
        <source>For the sandbox&apos;s uploads, use a running sandbox, given its ready line (JSON).</source>
        <translation>Do przesyłania w piaskownicy użyj działającej piaskownicy, podając jej wiersz gotowości (JSON).</translation>
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
        <translation>Piaskownica się nie uruchomiła: %1</translation>
    </message>
    <message>
        <source>The uploads of %1 wait: the account is signed out; sign in from OnAir&apos;s window.</source>
        <translation>Przesyłanie dla %1 czeka: konto jest wylogowane; zaloguj się w oknie OnAir.</translation>
    </message>
    <message>
        <source>upload %1 (%2): %3</source>
        <translation>przesyłanie %1 (%2): %3</translation>
    </message>
    <message>
        <source>upload %1: %2%</source>
        <translation>przesyłanie %1: %2%</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Cannot sign in to the sandbox: %1</source>
        <translation>Nie można zalogować się do piaskownicy: %1</translation>
    </message>
</context>
<context>
    <name>ShowStages</name>
    <message>
        <source>No Content ID owner for this channel.</source>
        <translation>Ten kanał nie ma właściciela treści w Content ID.</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Niedostępne w tej wersji.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Prawa</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Na żywo</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Plik referencyjny</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Zapowiedzi</translation>
    </message>
</context>
<context>
    <name>ThumbnailReader</name>
    <message>
        <source>Cannot read the thumbnail %1: %2</source>
        <translation>Nie można odczytać miniatury %1: %2</translation>
    </message>
    <message>
        <source>The thumbnail %1 is larger than %2 MB.</source>
        <translation>Miniatura %1 jest większa niż %2 MB.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A control room for YouTube Live</source>
        <translation>Reżyserka dla YouTube Live</translation>
    </message>
    <message>
        <source>Rehearse against a local sandbox started by OnAir.</source>
        <translation>Próba z lokalną piaskownicą uruchamianą przez OnAir.</translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation>Użyj działającej piaskownicy, podając jej wiersz gotowości (JSON).</translation>
    </message>
    <message>
        <source>Open this broadcast (its id) once signed in.</source>
        <translation>Po zalogowaniu otwórz tę transmisję (podaj jej identyfikator).</translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts (default %1).</source>
        <translation>Główny adres API YouTube dla kont Google (domyślnie %1).</translation>
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
        <translation>API HTTP</translation>
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
        <translation>Konto tego posta już nie istnieje; nic nie wysłano.</translation>
    </message>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Dla tego konta nie zapisano tokenu.</translation>
    </message>
    <message>
        <source>Accepted by Telegram; the message id is not known yet.</source>
        <translation>Telegram przyjął post; identyfikator wiadomości nie jest jeszcze znany.</translation>
    </message>
    <message>
        <source>Edited message %1.</source>
        <translation>Zmieniono wiadomość %1.</translation>
    </message>
    <message>
        <source>Posted as message %1.</source>
        <translation>Opublikowano jako wiadomość %1.</translation>
    </message>
    <message>
        <source>No answer from Telegram (%1): the post may be in the channel.</source>
        <translation>Telegram nie odpowiedział (%1): post może już być na kanale.</translation>
    </message>
    <message>
        <source>Telegram refused: %1</source>
        <translation>Telegram odmówił: %1</translation>
    </message>
    <message>
        <source>Instagram did not make the post&apos;s container: %1</source>
        <translation>Instagram nie utworzył kontenera posta: %1</translation>
    </message>
    <message>
        <source>Container %1 made.</source>
        <translation>Utworzono kontener %1.</translation>
    </message>
    <message>
        <source>The container&apos;s status could not be read: %1</source>
        <translation>Nie udało się odczytać stanu kontenera: %1</translation>
    </message>
    <message numerus="yes">
        <source>Instagram was still processing the image after %n check(s); nothing was published.</source>
        <translation>
            <numerusform>Instagram nadal przetwarzał obraz po %n sprawdzeniu; niczego nie opublikowano.</numerusform>
            <numerusform>Instagram nadal przetwarzał obraz po %n sprawdzeniach; niczego nie opublikowano.</numerusform>
            <numerusform>Instagram nadal przetwarzał obraz po %n sprawdzeniach; niczego nie opublikowano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram could not use the container (%1); a new one will be made.</source>
        <translation>Instagram nie mógł użyć kontenera (%1); zostanie utworzony nowy.</translation>
    </message>
    <message>
        <source>Instagram&apos;s publishing limit (%1 in 24 h) is reached; the post waits for the window to move.</source>
        <translation>Osiągnięto limit publikacji na Instagramie (%1 w ciągu 24 h); post czeka, aż okno czasowe się przesunie.</translation>
    </message>
    <message>
        <source>Published as media %1.</source>
        <translation>Opublikowano jako media %1.</translation>
    </message>
    <message>
        <source>Instagram did not publish: %1</source>
        <translation>Instagram nie opublikował posta: %1</translation>
    </message>
    <message>
        <source>The container was already published (media %1); not published again.</source>
        <translation>Kontener był już opublikowany (media %1); nie opublikowano go ponownie.</translation>
    </message>
    <message>
        <source>The container was already published; not published again (its media id could not be told).</source>
        <translation>Kontener był już opublikowany; nie opublikowano go ponownie (nie udało się ustalić identyfikatora media).</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 failed; next attempt at %3.</source>
        <translation>Próba %1 z %2 nie powiodła się; następna próba o %3.</translation>
    </message>
    <message>
        <source>Not sent again by itself: look at the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>Post nie zostanie sam wysłany ponownie: sprawdź kanał, a potem wybierz „Jest na kanale” albo „Wyślij ponownie”.</translation>
    </message>
    <message>
        <source>Held: the account&apos;s token was refused.</source>
        <translation>Wstrzymano: token konta został odrzucony.</translation>
    </message>
    <message>
        <source>Not executed (flood control): waiting %1 s, not counted as an attempt (wait %2 of at most %3 in a row); next attempt at %4.</source>
        <translation>Nie wykonano (ochrona przed floodem): czekam %1 s, bez liczenia jako próba (oczekiwanie %2 z najwyżej %3 z rzędu); następna próba o %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n flood wait(s) in a row: this one counts as an attempt.</source>
        <translation>
            <numerusform>%n oczekiwanie z powodu floodu z rzędu: to liczy się jako próba.</numerusform>
            <numerusform>%n oczekiwania z powodu floodu z rzędu: to liczy się jako próba.</numerusform>
            <numerusform>%n oczekiwań z powodu floodu z rzędu: to liczy się jako próba.</numerusform>
        </translation>
    </message>
    <message>
        <source>The container could not be written to the queue before publishing, so nothing was published: %1</source>
        <translation>Nie udało się zapisać kontenera w kolejce przed publikacją, więc nic nie opublikowano: %1</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementQueueModel</name>
    <message>
        <source>Published</source>
        <translation>Opublikowano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nie powiodło się</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Waiting to retry (attempt %1 of %2)</source>
        <translation>Oczekuje na ponowienie (próba %1 z %2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Do wysłania</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>⚠ UNCONFIRMED</source>
        <translation>⚠ BEZ POTWIERDZENIA</translation>
    </message>
    <message>
        <source>⚠ LATE, held</source>
        <translation>⚠ ZA PÓŹNO, wstrzymano</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementScheduler</name>
    <message>
        <source>Held: it was due at %1 and OnAir was not running then. Send it now or cancel it.</source>
        <translation>Wstrzymano: post miał zostać wysłany o %1, a OnAir wtedy nie działał. Wyślij go teraz albo anuluj.</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementSpec</name>
    <message>
        <source>expected an object</source>
        <translation>oczekiwano obiektu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>oczekiwano ciągu znaków</translation>
    </message>
    <message>
        <source>expected an account id</source>
        <translation>oczekiwano identyfikatora konta</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>oczekiwano niepustego ciągu znaków</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>oczekiwano true lub false</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>oczekiwano daty i godziny w formacie ISO 8601</translation>
    </message>
    <message>
        <source>expected a whole number of minutes up to a week</source>
        <translation>oczekiwano całkowitej liczby minut (najwyżej tydzień)</translation>
    </message>
    <message>
        <source>expected the trigger of an earlier post</source>
        <translation>oczekiwano wyzwalacza wcześniejszego posta</translation>
    </message>
    <message>
        <source>expected at, beforeStart, live, complete, recordingProcessed, uploadProcessed or uploadPublished, got &quot;%1&quot;</source>
        <translation>oczekiwano at, beforeStart, live, complete, recordingProcessed, uploadProcessed lub uploadPublished, otrzymano „%1”</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementStore</name>
    <message>
        <source>The announcement queue %1 could not be opened: %2</source>
        <translation>Nie udało się otworzyć kolejki zapowiedzi %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an announcement queue; it was left untouched.</source>
        <translation>%1 nie jest kolejką zapowiedzi; plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 was written by a newer OnAir; it was left untouched.</source>
        <translation>%1 zapisała nowsza wersja OnAir; plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>nieznana platforma „%1”</translation>
    </message>
    <message>
        <source>the post is not a JSON object (%1)</source>
        <translation>post nie jest obiektem JSON (%1)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>nieznany stan „%1”</translation>
    </message>
    <message>
        <source>a pending post without a time</source>
        <translation>oczekujący post bez terminu</translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: it may be in the channel. Look, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>OnAir zatrzymał się podczas wysyłania tego posta: post może już być na kanale. Sprawdź, a potem wybierz „Jest na kanale” albo „Wyślij ponownie”.</translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: the container&apos;s status will say whether it went out.</source>
        <translation>OnAir zatrzymał się podczas wysyłania tego posta: stan kontenera pokaże, czy post został opublikowany.</translation>
    </message>
</context>
<context>
    <name>onair::Announcements</name>
    <message>
        <source>The announcement queue is run by another OnAir (process %1).</source>
        <translation>Kolejkę zapowiedzi obsługuje inna instancja OnAir (proces %1).</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Operator anulował post.</translation>
    </message>
    <message>
        <source>Retried by the operator.</source>
        <translation>Operator ponowił próbę.</translation>
    </message>
    <message>
        <source>The operator saw the post in the channel (&quot;It&apos;s there&quot;).</source>
        <translation>Operator zobaczył post na kanale („Jest na kanale”).</translation>
    </message>
    <message>
        <source>The operator found no post and asked to send it again.</source>
        <translation>Operator nie znalazł posta i zlecił ponowne wysłanie.</translation>
    </message>
    <message>
        <source>Sent late at the operator&apos;s word.</source>
        <translation>Wysłano z opóźnieniem na polecenie operatora.</translation>
    </message>
    <message>
        <source>A due post could not be marked as being sent, so it was not sent; OnAir tries again in a few seconds: %1</source>
        <translation>Nie udało się oznaczyć zaplanowanego posta jako wysyłanego, więc go nie wysłano; OnAir spróbuje ponownie za kilka sekund: %1</translation>
    </message>
    <message>
        <source>Edited by the operator.</source>
        <translation>Operator edytował post.</translation>
    </message>
</context>
<context>
    <name>onair::AppController</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Waiting for consent…</source>
        <translation>Oczekiwanie na zgodę…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Zalogowano: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Zalogowano jako %1</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Wylogowano: %1</translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation>Ponowne podłączenie</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Konto Google</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a desktop-app client_secret.json: %2</source>
        <translation>%1 nie jest plikiem client_secret.json aplikacji typu Desktop app: %2</translation>
    </message>
    <message>
        <source>Opening the browser for Google&apos;s consent page…</source>
        <translation>Otwieranie przeglądarki ze stroną zgody Google…</translation>
    </message>
    <message>
        <source>No Google account yet: rehearsing on the local sandbox. Account → Add Google account… signs in with your client_secret.json.</source>
        <translation>Brak konta Google: próba w lokalnej piaskownicy. Konto → Dodaj konto Google… loguje przy użyciu pliku client_secret.json.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; OnAir signs in by itself once it is ready.</source>
        <translation>Piaskownica wciąż się uruchamia; OnAir zaloguje się sam, gdy będzie gotowa.</translation>
    </message>
    <message>
        <source>No account to sign in to: Account → Add Google account… first.</source>
        <translation>Brak konta do zalogowania: najpierw Konto → Dodaj konto Google….</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Piaskownica: %1</translation>
    </message>
    <message>
        <source>Switched to %1 (%2)</source>
        <translation>Przełączono na %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wylogowanie</translation>
    </message>
    <message>
        <source>Signed out of %1: access revoked, no secret kept. Add the account again with its client_secret.json to use it.</source>
        <translation>Wylogowano z %1: dostęp cofnięty, żadne sekrety nie zostały zachowane. Aby go używać, dodaj konto ponownie z jego client_secret.json.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuwanie konta</translation>
    </message>
    <message>
        <source>The sandbox is not an account to remove: start OnAir with a Google account instead.</source>
        <translation>Piaskownica nie jest kontem do usunięcia: uruchom OnAir z kontem Google.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Usunięto %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Content ID</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Zapowiedzi</translation>
    </message>
    <message>
        <source>The headless runner stopped: this window now runs the announcement queue.</source>
        <translation>Proces w tle zatrzymał się: kolejką zapowiedzi zajmuje się teraz to okno.</translation>
    </message>
</context>
<context>
    <name>onair::BreakController</name>
    <message>
        <source>No broadcast: create or open one first.</source>
        <translation>Brak transmisji: najpierw ją utwórz lub otwórz.</translation>
    </message>
    <message>
        <source>The broadcast has ended: ad breaks can no longer be placed.</source>
        <translation>Transmisja się zakończyła: nie można już wstawiać przerw reklamowych.</translation>
    </message>
    <message>
        <source>Ad breaks can be placed only while the broadcast is live (it is %1).</source>
        <translation>Przerwy reklamowe można wstawiać tylko wtedy, gdy transmisja jest na żywo (jej stan: %1).</translation>
    </message>
    <message>
        <source>Ad break</source>
        <translation>Przerwa reklamowa</translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s)</source>
        <translation>Wstawiono przerwę reklamową %1 (%2 s)</translation>
    </message>
    <message>
        <source>No answer from YouTube: the ad break may or may not have been placed. It is not sent again.</source>
        <translation>Brak odpowiedzi YouTube: przerwa reklamowa mogła zostać wstawiona lub nie. Nie zostanie wysłana ponownie.</translation>
    </message>
    <message>
        <source>YouTube refused the ad break: %1</source>
        <translation>YouTube odrzucił przerwę reklamową: %1</translation>
    </message>
    <message>
        <source>The stream&apos;s status is not known yet: ad breaks can be placed once it reads active.</source>
        <translation>Stan strumienia nie jest jeszcze znany: przerwy reklamowe można wstawiać, gdy będzie active.</translation>
    </message>
    <message>
        <source>The stream is %1: YouTube places ad breaks only while the stream is active. Check the encoder.</source>
        <translation>Strumień jest w stanie %1: YouTube wstawia przerwy reklamowe tylko, gdy strumień jest active. Sprawdź koder.</translation>
    </message>
    <message>
        <source>it was pressed more than %1 s ago.</source>
        <translation>naciśnięto ją ponad %1 s temu.</translation>
    </message>
    <message>
        <source>The ad break was not sent: %1 Press again if it is still wanted.</source>
        <translation>Przerwa reklamowa nie została wysłana: %1 Naciśnij ponownie, jeśli nadal jest potrzebna.</translation>
    </message>
    <message>
        <source>A second ad break (%1 s) was declined: the running one had %2 s left.</source>
        <translation>Odrzucono drugą przerwę reklamową (%1 s): trwającej zostało %2 s.</translation>
    </message>
    <message>
        <source>A second press within %1 s of the last break sent nothing (a double press).</source>
        <translation>Drugie naciśnięcie w ciągu %1 s od ostatniej przerwy niczego nie wysłało (podwójne naciśnięcie).</translation>
    </message>
</context>
<context>
    <name>onair::BroadcastSession</name>
    <message>
        <source>Lifecycle</source>
        <translation>Cykl życia</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Strumień</translation>
    </message>
    <message>
        <source>Stream health</source>
        <translation>Kondycja strumienia</translation>
    </message>
    <message>
        <source>Read broadcast</source>
        <translation>Odczyt transmisji</translation>
    </message>
    <message>
        <source>Bind stream</source>
        <translation>Powiązanie strumienia</translation>
    </message>
    <message>
        <source>Broadcast %1 no longer exists at YouTube (deleted elsewhere?), so OnAir stops reading it. The stream is kept: create a new broadcast or open an upcoming one, and bind it to this stream.</source>
        <translation>Transmisja %1 już nie istnieje w YouTube (usunięta gdzie indziej?), więc OnAir przestaje ją odczytywać. Strumień zostaje: utwórz nową transmisję lub otwórz nadchodzącą i powiąż ją z tym strumieniem.</translation>
    </message>
    <message>
        <source>Not recovering: the broadcast is %1, not stuck in testStarting or liveStarting for over %2 s. Recovery deletes the broadcast and is only for a stuck transition.</source>
        <translation>Bez odzyskiwania: transmisja jest w stanie %1, nie utknęła w testStarting ani liveStarting na ponad %2 s. Odzyskiwanie usuwa transmisję i służy tylko do zablokowanego przejścia.</translation>
    </message>
    <message>
        <source>Not recovering: there is no broadcast.</source>
        <translation>Bez odzyskiwania: nie ma transmisji.</translation>
    </message>
</context>
<context>
    <name>onair::CuepointLogModel</name>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>godzina zegarowa</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>przesunięcie</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłany</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>potwierdzony</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nie powiodło się</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>nieudany: %1</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>niepotwierdzony</translation>
    </message>
    <message>
        <source>player</source>
        <translation>odtwarzacz</translation>
    </message>
    <message>
        <source>session clock</source>
        <translation>zegar sesji</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Zlecono o</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Offset / time</source>
        <translation>Przesunięcie / godzina</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Cuepoint id</source>
        <translation>Id punktu reklamowego</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Elapsed from</source>
        <translation>Źródło czasu</translation>
    </message>
</context>
<context>
    <name>onair::CuepointOffset</name>
    <message>
        <source>The monitor stream&apos;s elapsed time is not known yet: neither the player nor the session clock gives one.</source>
        <translation>Czas odtwarzania strumienia podglądu nie jest jeszcze znany: nie podaje go ani odtwarzacz, ani zegar sesji.</translation>
    </message>
    <message>
        <source>The broadcast has no delay: place the break now or at a wall time.</source>
        <translation>Transmisja nie ma opóźnienia: wstaw przerwę teraz lub o określonej godzinie.</translation>
    </message>
    <message>
        <source>A delay of %1 is too short for offsets: it must be longer than %2 (a 5 s margin on each side).</source>
        <translation>Opóźnienie %1 jest za krótkie dla przesunięć: musi być dłuższe niż %2 (margines 5 s z każdej strony).</translation>
    </message>
    <message>
        <source>The monitor stream has run for only %1: offsets become possible after %2.</source>
        <translation>Strumień podglądu trwa dopiero %1: przesunięcia będą możliwe po %2.</translation>
    </message>
    <message>
        <source>%1 is negative: an offset counts from the start of the monitor stream.</source>
        <translation>%1 jest wartością ujemną: przesunięcie liczy się od początku strumienia podglądu.</translation>
    </message>
    <message>
        <source>%1 is before the window start %2: that part has already been shown publicly.</source>
        <translation>%1 wypada przed początkiem okna %2: ta część została już pokazana publicznie.</translation>
    </message>
    <message>
        <source>%1 is before the window start %2: it is within %3 of what the public stream is showing now, where YouTube cannot place a break reliably.</source>
        <translation>%1 wypada przed początkiem okna %2: jest w granicach %3 od tego, co pokazuje teraz strumień publiczny, gdzie YouTube nie może niezawodnie wstawić przerwy.</translation>
    </message>
    <message>
        <source>%1 is after the window end %2: the monitor stream has not shown that part yet.</source>
        <translation>%1 wypada po końcu okna %2: strumień podglądu nie pokazał jeszcze tej części.</translation>
    </message>
    <message>
        <source>%1 is after the window end %2: it is within %3 of the monitor stream&apos;s live edge, where YouTube cannot place a break reliably.</source>
        <translation>%1 wypada po końcu okna %2: jest w granicach %3 od bieżącej krawędzi strumienia podglądu, gdzie YouTube nie może niezawodnie wstawić przerwy.</translation>
    </message>
</context>
<context>
    <name>onair::EventLog</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>API reason</source>
        <translation>Przyczyna API</translation>
    </message>
</context>
<context>
    <name>onair::FileIdentity</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 nie jest plikiem.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was %2 bytes, it is %3 now): resuming would mix two files in one video. Start the upload again.</source>
        <translation>Plik %1 zmienił się od rozpoczęcia przesyłania (rozmiar w bajtach: był %2, teraz %3): wznowienie połączyłoby dwa różne pliki w jednym filmie. Rozpocznij przesyłanie od nowa.</translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was modified on %2): resuming would mix two files in one video. Start the upload again.</source>
        <translation>Plik %1 zmienił się od rozpoczęcia przesyłania (data modyfikacji: %2): wznowienie połączyłoby dwa różne pliki w jednym filmie. Rozpocznij przesyłanie od nowa.</translation>
    </message>
    <message>
        <source>the file&apos;s identity is incomplete</source>
        <translation>dane identyfikujące plik są niepełne</translation>
    </message>
</context>
<context>
    <name>onair::HttpApiServer</name>
    <message>
        <source>The HTTP API could not listen on %1:%2: %3</source>
        <translation>API HTTP nie mogło nasłuchiwać na %1:%2: %3</translation>
    </message>
    <message>
        <source>Too many requests: try again in a moment.</source>
        <translation>Zbyt wiele żądań: spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>This Host is not OnAir&apos;s address: refused.</source>
        <translation>Nagłówek Host nie wskazuje adresu OnAir: odrzucono.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>Wymagany jest prawidłowy token typu Bearer.</translation>
    </message>
    <message>
        <source>No token is set: generate one in OnAir&apos;s Settings → Remote control.</source>
        <translation>Nie ustawiono tokenu: wygeneruj go w OnAir, w menu Ustawienia → Zdalne sterowanie.</translation>
    </message>
    <message>
        <source>Method not allowed here.</source>
        <translation>Ta metoda nie jest tu dozwolona.</translation>
    </message>
    <message>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>Treść żądania musi być w formacie JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>No such resource.</source>
        <translation>Nie ma takiego zasobu.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Treść żądania nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>Expected {&quot;seconds&quot;: 1…%1} with at most one of &quot;offsetMs&quot; or &quot;at&quot; (epoch ms).</source>
        <translation>Oczekiwano {&quot;seconds&quot;: 1…%1} z co najwyżej jednym z pól &quot;offsetMs&quot; lub &quot;at&quot; (ms od epoki Unix).</translation>
    </message>
</context>
<context>
    <name>onair::InstagramAccountCheck</name>
    <message>
        <source>Instagram refused the token (expired or revoked): make a new long-lived token and paste it.</source>
        <translation>Instagram odrzucił token (wygasł lub został cofnięty): utwórz nowy token długoterminowy i wklej go.</translation>
    </message>
    <message>
        <source>Instagram could not be reached: %1</source>
        <translation>Nie udało się połączyć z Instagramem: %1</translation>
    </message>
    <message>
        <source>Instagram did not say which account the token belongs to.</source>
        <translation>Instagram nie podał, do którego konta należy token.</translation>
    </message>
</context>
<context>
    <name>onair::InstagramClient</name>
    <message>
        <source>No access token is stored for this Instagram account.</source>
        <translation>Dla tego konta Instagram nie zapisano tokenu dostępu.</translation>
    </message>
</context>
<context>
    <name>onair::LocalSandbox</name>
    <message>
        <source>The sandbox did not start within %1 s.</source>
        <translation>Piaskownica nie uruchomiła się w ciągu %1 s.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Nie można uruchomić %1: %2</translation>
    </message>
    <message>
        <source>onair-sandbox was not found next to onair or on PATH.</source>
        <translation>Nie znaleziono onair-sandbox obok onair ani w PATH.</translation>
    </message>
    <message>
        <source>The sandbox answered oddly: %1</source>
        <translation>Piaskownica odpowiedziała w nieoczekiwany sposób: %1</translation>
    </message>
    <message>
        <source>The sandbox exited (code %1) before it was ready: %2</source>
        <translation>Piaskownica zakończyła się (kod %1), zanim była gotowa: %2</translation>
    </message>
</context>
<context>
    <name>onair::LoopbackListener</name>
    <message>
        <source>Bad request</source>
        <translation>Nieprawidłowe żądanie</translation>
    </message>
    <message>
        <source>The request was too long.</source>
        <translation>Żądanie było za długie.</translation>
    </message>
    <message>
        <source>OnAir could not read this request.</source>
        <translation>OnAir nie mógł odczytać tego żądania.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nic tu nie ma.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Logowanie nie zostało przyjęte</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in OnAir is waiting for. Start sign-in again from OnAir.</source>
        <translation>Ta odpowiedź nie należy do logowania, na które czeka OnAir. Rozpocznij logowanie ponownie w OnAir.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <source>OnAir received the sign-in. You can close this tab and go back to OnAir.</source>
        <translation>OnAir otrzymał dane logowania. Możesz zamknąć tę kartę i wrócić do OnAir.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Logowanie anulowane</translation>
    </message>
    <message>
        <source>Google did not grant access (%1). Go back to OnAir to try again.</source>
        <translation>Google nie przyznał dostępu (%1). Wróć do OnAir, aby spróbować ponownie.</translation>
    </message>
</context>
<context>
    <name>onair::OwnerPolicies</name>
    <message>
        <source>This account has not allowed Content ID (Account → Allow Content ID…), so there are no saved policies to choose from.</source>
        <translation>To konto nie zezwoliło na Content ID (Konto → Zezwól na Content ID…), więc nie ma zapisanych zasad do wyboru.</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner, so it has no saved policies.</source>
        <translation>Ten kanał nie jest powiązany z właścicielem treści w Content ID, więc nie ma zapisanych zasad.</translation>
    </message>
</context>
<context>
    <name>onair::PostTemplate</name>
    <message>
        <source>The broadcast has no thumbnail to send with the post.</source>
        <translation>Transmisja nie ma miniatury, którą można wysłać z postem.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Wiadomość jest pusta.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Telegram.</source>
        <translation>
            <numerusform>Tekst jest o %n znak za długi jak na Telegram.</numerusform>
            <numerusform>Tekst jest o %n znaki za długi jak na Telegram.</numerusform>
            <numerusform>Tekst jest o %n znaków za długi jak na Telegram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram needs an image: the broadcast has no public thumbnail.</source>
        <translation>Instagram wymaga obrazu: transmisja nie ma publicznej miniatury.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Instagram.</source>
        <translation>
            <numerusform>Tekst jest o %n znak za długi jak na Instagram.</numerusform>
            <numerusform>Tekst jest o %n znaki za długi jak na Instagram.</numerusform>
            <numerusform>Tekst jest o %n znaków za długi jak na Instagram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hashtag(s) over Instagram&apos;s 30.</source>
        <translation>
            <numerusform>O %n hashtag za dużo (Instagram dopuszcza 30).</numerusform>
            <numerusform>O %n hashtagi za dużo (Instagram dopuszcza 30).</numerusform>
            <numerusform>O %n hashtagów za dużo (Instagram dopuszcza 30).</numerusform>
        </translation>
    </message>
    <message>
        <source>An &quot;&amp;&quot; that starts no entity: write &amp;amp; for the sign.</source>
        <translation>Znak „&amp;” nie rozpoczyna encji: aby wstawić sam znak, napisz &amp;amp;.</translation>
    </message>
    <message>
        <source>A &quot;&gt;&quot; outside a tag: write &amp;gt; for the sign.</source>
        <translation>Znak „&gt;” poza tagiem: aby wstawić sam znak, napisz &amp;gt;.</translation>
    </message>
    <message>
        <source>A &quot;&lt;&quot; that starts no tag: write &amp;lt; for the sign.</source>
        <translation>Znak „&lt;” nie rozpoczyna tagu: aby wstawić sam znak, napisz &amp;lt;.</translation>
    </message>
    <message>
        <source>Telegram refuses the tag &lt;%1&gt;: write &amp;lt;%1&amp;gt; to show it as text.</source>
        <translation>Telegram nie przyjmuje tagu &lt;%1&gt;: aby pokazać go jako tekst, napisz &amp;lt;%1&amp;gt;.</translation>
    </message>
    <message>
        <source>The end tag &lt;/%1&gt; closes no open &lt;%1&gt;.</source>
        <translation>Tag zamykający &lt;/%1&gt; nie zamyka żadnego otwartego &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The tag &lt;%1&gt; is not closed.</source>
        <translation>Tag &lt;%1&gt; nie jest zamknięty.</translation>
    </message>
</context>
<context>
    <name>onair::PresetLauncher</name>
    <message>
        <source>A broadcast is already being created from a preset.</source>
        <translation>Transmisja jest już tworzona z szablonu.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Najpierw się zaloguj.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; cannot be sent: %2</source>
        <translation>Nie można wysłać szablonu „%1”: %2</translation>
    </message>
    <message>
        <source>Preset counter</source>
        <translation>Licznik szablonu</translation>
    </message>
    <message>
        <source>Create from preset</source>
        <translation>Utworzenie z szablonu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation>„%1” → „%2”</translation>
    </message>
</context>
<context>
    <name>onair::RemoteCommands</name>
    <message>
        <source>Ad break</source>
        <translation>Przerwa reklamowa</translation>
    </message>
    <message>
        <source>An ad break lasts at most %1 s; %2 s was asked for.</source>
        <translation>Przerwa reklamowa trwa najwyżej %1 s; zażądano %2 s.</translation>
    </message>
    <message>
        <source>An offset cannot be negative.</source>
        <translation>Przesunięcie nie może być ujemne.</translation>
    </message>
    <message>
        <source>Too many calls: try again in a moment.</source>
        <translation>Zbyt wiele wywołań: spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Ignored: a second press within %1 s of the last ad break is taken as a double press.</source>
        <translation>Zignorowano: drugie naciśnięcie w ciągu %1 s od ostatniej przerwy reklamowej jest traktowane jako podwójne naciśnięcie.</translation>
    </message>
    <message>
        <source>Not placed: an ad break is still running (about %1 s left). From outside the window a second break is refused; place it in OnAir if it is wanted.</source>
        <translation>Nie wstawiono: przerwa reklamowa jeszcze trwa (zostało ok. %1 s). Spoza okna OnAir kolejna przerwa jest odrzucana; jeśli jest potrzebna, wstaw ją w OnAir.</translation>
    </message>
    <message>
        <source>The ad break&apos;s record is gone.</source>
        <translation>Zapis przerwy reklamowej zniknął.</translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s).</source>
        <translation>Wstawiono przerwę reklamową %1 (%2 s).</translation>
    </message>
    <message>
        <source>Sent: the broadcast is on its way to testing.</source>
        <translation>Wysłano: transmisja przechodzi do testu.</translation>
    </message>
    <message>
        <source>Nothing to recover: recovery is only for a broadcast stuck in testStarting or liveStarting.</source>
        <translation>Nie ma czego odzyskiwać: odzyskiwanie służy tylko do transmisji, która utknęła w testStarting lub liveStarting.</translation>
    </message>
    <message>
        <source>Go live, end and recover are off from outside the window: the operator can allow them in Settings → Remote control.</source>
        <translation>Wejście na antenę, zakończenie i odzyskiwanie spoza okna OnAir są wyłączone: operator może na nie zezwolić w menu Ustawienia → Zdalne sterowanie.</translation>
    </message>
    <message>
        <source>Armed: confirm within %1 s to carry it out.</source>
        <translation>Uzbrojono: potwierdź w ciągu %1 s, aby wykonać.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Only live, end and recover are confirmed.</source>
        <translation>Potwierdzać można tylko live, end i recover.</translation>
    </message>
    <message>
        <source>Not armed: arm it first, then confirm within %1 s from the same place.</source>
        <translation>Nie uzbrojono: najpierw uzbrój czynność, a potem potwierdź ją w ciągu %1 s z tego samego miejsca.</translation>
    </message>
    <message>
        <source>Confirmed and sent.</source>
        <translation>Potwierdzono i wysłano.</translation>
    </message>
    <message>
        <source>Read now</source>
        <translation>Natychmiastowy odczyt</translation>
    </message>
    <message>
        <source>Reading the broadcast and the stream now.</source>
        <translation>Trwa odczyt transmisji i strumienia.</translation>
    </message>
</context>
<context>
    <name>onair::RightsFlow</name>
    <message>
        <source>Content ID owner</source>
        <translation>Właściciel Content ID</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Własność</translation>
    </message>
    <message>
        <source>Match policy</source>
        <translation>Zasada dopasowania</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Roszczenie</translation>
    </message>
    <message>
        <source>Ad settings</source>
        <translation>Ustawienia reklam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Plik referencyjny</translation>
    </message>
    <message>
        <source>Reference active</source>
        <translation>Plik referencyjny aktywny</translation>
    </message>
    <message>
        <source>This broadcast does not record from the start: Content ID can claim it, but cannot make a reference from it. Turn on &quot;Record from start&quot; before the show to get a reference.</source>
        <translation>Ta transmisja nie jest nagrywana od początku: Content ID może zgłosić do niej roszczenie, ale nie utworzy z niej pliku referencyjnego. Aby uzyskać plik referencyjny, włącz przed programem „Nagrywaj od początku”.</translation>
    </message>
    <message>
        <source>Going on without a Content ID claim for this show.</source>
        <translation>Kontynuacja bez roszczenia Content ID dla tego programu.</translation>
    </message>
    <message>
        <source>Going on without a Content ID reference for this show.</source>
        <translation>Kontynuacja bez pliku referencyjnego Content ID dla tego programu.</translation>
    </message>
    <message>
        <source>The saved Content ID record cannot be read (%1); this show&apos;s rights are not followed.</source>
        <translation>Nie można odczytać zapisanych danych Content ID (%1); prawa do tego programu nie są śledzone.</translation>
    </message>
    <message>
        <source>Claimed: the reference follows once the recording is processed.</source>
        <translation>Zgłoszono roszczenie: plik referencyjny powstanie po przetworzeniu nagrania.</translation>
    </message>
    <message>
        <source>Claimed, with a live reference.</source>
        <translation>Zgłoszono roszczenie z plikiem referencyjnym na żywo.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Krok „%1” nie powiódł się: %2</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation>Ten kanał nie jest powiązany z właścicielem treści w Content ID.</translation>
    </message>
    <message>
        <source>Content ID owner: %1</source>
        <translation>Właściciel treści w Content ID: %1</translation>
    </message>
    <message>
        <source>Asset %1 (found: it had been created before)</source>
        <translation>Zasób %1 (znaleziony: utworzono go wcześniej)</translation>
    </message>
    <message>
        <source>Asset %1: &quot;%2&quot;</source>
        <translation>Zasób %1: „%2”</translation>
    </message>
    <message>
        <source>Ownership: worldwide</source>
        <translation>Własność: cały świat</translation>
    </message>
    <message>
        <source>Ownership: in %1</source>
        <translation>Własność: tylko %1</translation>
    </message>
    <message>
        <source>Ownership: everywhere but %1</source>
        <translation>Własność: wszędzie oprócz %1</translation>
    </message>
    <message>
        <source>the owner has no saved policy named &quot;%1&quot;.</source>
        <translation>właściciel nie ma zapisanej zasady o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; saved (%2)</source>
        <translation>Zapisano zasadę „%1” (%2)</translation>
    </message>
    <message>
        <source>Match policy %1</source>
        <translation>Zasada dopasowania %1</translation>
    </message>
    <message>
        <source>Claim %1 (found: it had been made before)</source>
        <translation>Roszczenie %1 (znalezione: zgłoszono je wcześniej)</translation>
    </message>
    <message>
        <source>Claim %1 on broadcast %2</source>
        <translation>Roszczenie %1 do transmisji %2</translation>
    </message>
    <message>
        <source>Ad settings: no ads</source>
        <translation>Ustawienia reklam: bez reklam</translation>
    </message>
    <message>
        <source>Ad settings: %1</source>
        <translation>Ustawienia reklam: %1</translation>
    </message>
    <message>
        <source>Reference %1 (found: it had been made before)</source>
        <translation>Plik referencyjny %1 (znaleziony: utworzono go wcześniej)</translation>
    </message>
    <message>
        <source>This content owner is not approved for live delivery: the reference will be made from the recording after the show.</source>
        <translation>Ten właściciel treści nie ma zgody na dostarczanie na żywo: plik referencyjny zostanie utworzony z nagrania po programie.</translation>
    </message>
    <message>
        <source>Reference %1 (%2)</source>
        <translation>Plik referencyjny %1 (%2)</translation>
    </message>
    <message>
        <source>Reference %1 is active: Content ID now finds re-uploads of this show.</source>
        <translation>Plik referencyjny %1 jest aktywny: Content ID wykrywa teraz ponowne przesłania tego programu.</translation>
    </message>
    <message>
        <source>Reference %1 is inactive (%2).</source>
        <translation>Plik referencyjny %1 jest nieaktywny (%2).</translation>
    </message>
    <message>
        <source>%1 failed before OnAir was restarted.</source>
        <translation>%1 nie powiodło się przed ponownym uruchomieniem OnAir.</translation>
    </message>
    <message>
        <source>the plan names the content owner %1, which this account does not manage.</source>
        <translation>plan wskazuje właściciela treści %1, którym to konto nie zarządza.</translation>
    </message>
    <message numerus="yes">
        <source>This account manages %n Content ID owners and the plan names none: pick the one this show is claimed for.</source>
        <translation>
            <numerusform>To konto zarządza %n właścicielem Content ID, a plan nie wskazuje żadnego: wybierz tego, w imieniu którego zgłaszany jest ten program.</numerusform>
            <numerusform>To konto zarządza %n właścicielami Content ID, a plan nie wskazuje żadnego: wybierz tego, w imieniu którego zgłaszany jest ten program.</numerusform>
            <numerusform>To konto zarządza %n właścicielami Content ID, a plan nie wskazuje żadnego: wybierz tego, w imieniu którego zgłaszany jest ten program.</numerusform>
        </translation>
    </message>
    <message>
        <source>no content owner was picked.</source>
        <translation>nie wybrano właściciela treści.</translation>
    </message>
</context>
<context>
    <name>onair::SandboxBrowser</name>
    <message>
        <source>The sandbox did not redirect to OnAir.</source>
        <translation>Piaskownica nie przekierowała do OnAir.</translation>
    </message>
</context>
<context>
    <name>onair::SandboxMode</name>
    <message>
        <source>Sandbox</source>
        <translation>Piaskownica</translation>
    </message>
    <message>
        <source>Test encoder</source>
        <translation>Enkoder testowy</translation>
    </message>
    <message>
        <source>ffmpeg publishes a test pattern and tone</source>
        <translation>ffmpeg nadaje obraz testowy i ton</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Uruchamianie lokalnej piaskownicy…</translation>
    </message>
    <message>
        <source>ffmpeg was still publishing from before the restart (process %1): it is shown as running and stops with the button.</source>
        <translation>ffmpeg wciąż nadawał sprzed ponownego uruchomienia (proces %1): jest pokazany jako działający i zatrzymuje się przyciskiem.</translation>
    </message>
    <message>
        <source>Bind a stream first.</source>
        <translation>Najpierw powiąż strumień.</translation>
    </message>
    <message>
        <source>Found the sandbox still running from before the restart (process %1) at %2</source>
        <translation>Piaskownica sprzed ponownego uruchomienia wciąż działa (proces %1) pod adresem %2</translation>
    </message>
    <message>
        <source>Ready at %1</source>
        <translation>Gotowa pod adresem %1</translation>
    </message>
</context>
<context>
    <name>onair::SecretStore</name>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation>Brak dostępnego pęku kluczy (czy działa usługa Secret Service, np. GNOME Keyring lub KWallet?): %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Pęk kluczy odmówił dostępu: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Błąd pęku kluczy: %1</translation>
    </message>
</context>
<context>
    <name>onair::SessionKeeper</name>
    <message>
        <source>Reattach</source>
        <translation>Ponowne podłączenie</translation>
    </message>
    <message>
        <source>The saved show (broadcast %1) belongs to %2, but %3 is signed in: it is not reattached. Sign in as %2 to pick it up again.</source>
        <translation>Zapisany program (transmisja %1) należy do %2, ale zalogowano jako %3: nie zostanie podłączony. Zaloguj się jako %2, aby go podjąć.</translation>
    </message>
    <message>
        <source>Back on &quot;%1&quot; (%2)</source>
        <translation>Ponownie przy „%1” (%2)</translation>
    </message>
</context>
<context>
    <name>onair::SetUpOperation</name>
    <message>
        <source>Auto start/stop</source>
        <translation>Autostart/autostop</translation>
    </message>
    <message>
        <source>Create broadcast</source>
        <translation>Utworzenie transmisji</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2)</source>
        <translation>Utworzono „%1” (%2)</translation>
    </message>
    <message>
        <source>Set category and tags</source>
        <translation>Ustawienie kategorii i tagów</translation>
    </message>
    <message>
        <source>Set thumbnail</source>
        <translation>Ustawienie miniatury</translation>
    </message>
    <message>
        <source>Thumbnail uploaded</source>
        <translation>Przesłano miniaturę</translation>
    </message>
    <message>
        <source>Open broadcast</source>
        <translation>Otwarcie transmisji</translation>
    </message>
    <message>
        <source>Stream unbound</source>
        <translation>Odłączono strumień</translation>
    </message>
    <message>
        <source>Bound to stream %1</source>
        <translation>Powiązano ze strumieniem %1</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Utworzenie strumienia</translation>
    </message>
    <message>
        <source>Created stream &quot;%1&quot;</source>
        <translation>Utworzono strumień „%1”</translation>
    </message>
    <message>
        <source>Replace stream</source>
        <translation>Wymiana strumienia</translation>
    </message>
    <message>
        <source>Unbound stream %1</source>
        <translation>Odłączono strumień %1</translation>
    </message>
    <message>
        <source>Deleted stream %1</source>
        <translation>Usunięto strumień %1</translation>
    </message>
    <message>
        <source>Delete old stream</source>
        <translation>Usunięcie starego strumienia</translation>
    </message>
    <message>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <source>auto start %1, auto stop %2</source>
        <translation>autostart: %1, autostop: %2</translation>
    </message>
    <message>
        <source>Edit title and privacy</source>
        <translation>Edycja tytułu i prywatności</translation>
    </message>
</context>
<context>
    <name>onair::ShowAnnouncements</name>
    <message>
        <source>This show was not made from a preset: there is none to save its posts in.</source>
        <translation>Ten program nie został utworzony z szablonu: nie ma szablonu, w którym można zapisać jego posty.</translation>
    </message>
    <message>
        <source>The posts were not saved in the preset: %1</source>
        <translation>Nie zapisano postów w szablonie: %1</translation>
    </message>
</context>
<context>
    <name>onair::ShowBusService</name>
    <message>
        <source>No D-Bus session bus: D-Bus and onair ctl are off.</source>
        <translation>Brak magistrali sesji D-Bus: D-Bus i onair ctl są wyłączone.</translation>
    </message>
    <message>
        <source>Could not put the show on D-Bus: %1</source>
        <translation>Nie udało się udostępnić programu w D-Bus: %1</translation>
    </message>
    <message>
        <source>Another OnAir already answers on D-Bus (%1): this one stays off the bus.</source>
        <translation>Inna instancja OnAir już odpowiada w D-Bus (%1): ta pozostaje poza magistralą.</translation>
    </message>
</context>
<context>
    <name>onair::ShowRights</name>
    <message>
        <source>The preset &quot;%1&quot; has a Content ID plan, but this account has not allowed Content ID (Account → Allow Content ID…): the show is not claimed.</source>
        <translation>Szablon „%1” ma plan Content ID, ale to konto nie zezwoliło na Content ID (Konto → Zezwól na Content ID…): do programu nie zgłoszono roszczenia.</translation>
    </message>
</context>
<context>
    <name>onair::StuckRecovery</name>
    <message>
        <source>Recover stuck broadcast</source>
        <translation>Odzyskiwanie zawieszonej transmisji</translation>
    </message>
    <message>
        <source>Deleting %1 and creating it again</source>
        <translation>Usuwanie %1 i ponowne tworzenie</translation>
    </message>
    <message>
        <source>Broadcast %1 was deleted, but YouTube did not create the new one. Create a new broadcast (Set-up) and bind it to stream %2, which is kept; then start the test.</source>
        <translation>Transmisja %1 została usunięta, ale YouTube nie utworzył nowej. Utwórz nową transmisję (Konfiguracja) i powiąż ją z zachowanym strumieniem %2; potem rozpocznij test.</translation>
    </message>
    <message>
        <source>New broadcast %1</source>
        <translation>Nowa transmisja %1</translation>
    </message>
    <message>
        <source>Not testing again by itself: the stream was not active within %1 minutes. Start the test once the encoder sends.</source>
        <translation>Test nie zostanie uruchomiony sam: strumień nie był active w ciągu %1 min. Rozpocznij test, gdy koder zacznie nadawać.</translation>
    </message>
    <message>
        <source>Not testing again by itself: you took over.</source>
        <translation>Test nie zostanie uruchomiony sam: przejąłeś sterowanie.</translation>
    </message>
    <message>
        <source>Bound to the same stream; testing again once it is active</source>
        <translation>Powiązano z tym samym strumieniem; test ponownie, gdy będzie active</translation>
    </message>
</context>
<context>
    <name>onair::TelegramAccountCheck</name>
    <message>
        <source>Telegram refused the bot token: paste it again from @BotFather.</source>
        <translation>Telegram odrzucił token bota: wklej go ponownie z @BotFather.</translation>
    </message>
    <message>
        <source>Telegram could not be reached: %1</source>
        <translation>Nie udało się połączyć z Telegramem: %1</translation>
    </message>
    <message>
        <source>The chat %1 was not found, or the bot cannot see it (%2).</source>
        <translation>Nie znaleziono czatu %1 albo bot go nie widzi (%2).</translation>
    </message>
    <message>
        <source>The bot&apos;s rights in the chat could not be read: %1</source>
        <translation>Nie udało się odczytać uprawnień bota na czacie: %1</translation>
    </message>
    <message>
        <source>The bot is an administrator of the channel but may not post: allow it &quot;Post messages&quot;.</source>
        <translation>Bot jest administratorem kanału, ale nie może publikować: nadaj mu uprawnienie do publikowania wiadomości („Post messages”).</translation>
    </message>
    <message>
        <source>The bot must be an administrator of the channel that may post messages.</source>
        <translation>Bot musi być administratorem kanału z uprawnieniem do publikowania wiadomości.</translation>
    </message>
</context>
<context>
    <name>onair::TelegramClient</name>
    <message>
        <source>No bot token is stored for this account.</source>
        <translation>Dla tego konta nie zapisano tokenu bota.</translation>
    </message>
</context>
<context>
    <name>onair::TestEncoder</name>
    <message>
        <source>ffmpeg stopped (code %1): %2</source>
        <translation>ffmpeg zatrzymał się (kod %1): %2</translation>
    </message>
    <message>
        <source>Cannot start ffmpeg: %1</source>
        <translation>Nie można uruchomić ffmpeg: %1</translation>
    </message>
    <message>
        <source>ffmpeg is not installed.</source>
        <translation>ffmpeg nie jest zainstalowany.</translation>
    </message>
    <message>
        <source>The stream has no usable stream key.</source>
        <translation>Strumień nie ma użytecznego klucza strumienia.</translation>
    </message>
    <message>
        <source>ffmpeg stopped</source>
        <translation>ffmpeg się zatrzymał</translation>
    </message>
</context>
<context>
    <name>onair::TransitionDriver</name>
    <message>
        <source>Start test</source>
        <translation>Rozpocznij test</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Wejdź na antenę</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Zakończ transmisję</translation>
    </message>
    <message>
        <source>%1: asking YouTube…</source>
        <translation>%1: zapytanie do YouTube…</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Przyjęto: %1</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Teraz: %1</translation>
    </message>
    <message>
        <source>%1: YouTube reports %2 (%3 s)</source>
        <translation>%1: YouTube zgłasza %2 (%3 s)</translation>
    </message>
    <message>
        <source>YouTube has been in %1 for over %2 s. Recover: delete the broadcast, create a new one with the same settings and test again.</source>
        <translation>YouTube od ponad %2 s pozostaje w stanie %1. Odzyskaj: usuń transmisję, utwórz nową z tymi samymi ustawieniami i przetestuj ponownie.</translation>
    </message>
</context>
<context>
    <name>onair::UploadCommand</name>
    <message>
        <source>Interrupted; run the same command again to resume the upload.</source>
        <translation>Przerwano; uruchom to samo polecenie ponownie, aby wznowić przesyłanie.</translation>
    </message>
    <message>
        <source>Uploads a video file to YouTube with a resumable upload; running it again resumes a saved upload of the same file.</source>
        <translation>Przesyła plik wideo do YouTube z możliwością wznowienia; ponowne uruchomienie wznawia zapisane przesyłanie tego samego pliku.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Polecenie.</translation>
    </message>
    <message>
        <source>The video file.</source>
        <translation>Plik wideo.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Wyświetla tę pomoc.</translation>
    </message>
    <message>
        <source>The video&apos;s title (1–100 characters).</source>
        <translation>Tytuł filmu (1–100 znaków).</translation>
    </message>
    <message>
        <source>The description (at most 5000 bytes).</source>
        <translation>Opis (najwyżej 5000 bajtów).</translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation>Tagi rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>The YouTube category id (default 22).</source>
        <translation>Identyfikator kategorii YouTube (domyślnie 22).</translation>
    </message>
    <message>
        <source>private (default), unlisted or public.</source>
        <translation>private (domyślnie), unlisted lub public.</translation>
    </message>
    <message>
        <source>Publish at this time (ISO 8601, local time unless it says otherwise); the video stays private until then.</source>
        <translation>Opublikuj o tej godzinie (ISO 8601; czas lokalny, chyba że podano inną strefę); do tego czasu film pozostaje prywatny.</translation>
    </message>
    <message>
        <source>The video is made for kids.</source>
        <translation>Film jest przeznaczony dla dzieci.</translation>
    </message>
    <message>
        <source>Do not notify the channel&apos;s subscribers.</source>
        <translation>Nie powiadamiaj subskrybentów kanału.</translation>
    </message>
    <message>
        <source>The Google account (its id in the Account menu); without it, the local sandbox.</source>
        <translation>Konto Google (jego identyfikator z menu Konto); bez tej opcji – lokalna piaskownica.</translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation>Użyj działającej piaskownicy, podając jej wiersz gotowości (JSON).</translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts.</source>
        <translation>Główny adres API YouTube dla kont Google.</translation>
    </message>
    <message>
        <source>Forget a saved upload of this file and start from byte 0.</source>
        <translation>Zapomnij zapisane przesyłanie tego pliku i zacznij od bajtu 0.</translation>
    </message>
    <message>
        <source>Chunk size in MiB (default 32; rounded to 256 KiB).</source>
        <translation>Rozmiar fragmentu w MiB (domyślnie 32; zaokrąglany do wielokrotności 256 KiB).</translation>
    </message>
    <message>
        <source>Say which file: onair upload FILE --title TEXT (--help for more).</source>
        <translation>Podaj plik: onair upload FILE --title TEXT (więcej: --help).</translation>
    </message>
    <message>
        <source>--publish-at: %1 is not a time like 2026-12-31T18:00 or 2026-12-31T18:00:00Z.</source>
        <translation>--publish-at: %1 nie jest czasem w formacie 2026-12-31T18:00 ani 2026-12-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>--chunk-mib: a number from 0.25 to 1024.</source>
        <translation>--chunk-mib: liczba od 0.25 do 1024.</translation>
    </message>
    <message>
        <source>%1 is signed out: sign in from OnAir&apos;s window, then run this again.</source>
        <translation>Konto %1 jest wylogowane: zaloguj się w oknie OnAir, a potem uruchom polecenie ponownie.</translation>
    </message>
    <message>
        <source>No account %1: add it in OnAir&apos;s window (Account → Add Google account…) first.</source>
        <translation>Brak konta %1: najpierw dodaj je w oknie OnAir (Konto → Dodaj konto Google…).</translation>
    </message>
    <message>
        <source>--sandbox-ready: %1</source>
        <translation>--sandbox-ready: %1</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Piaskownica się nie uruchomiła: %1</translation>
    </message>
    <message>
        <source>%1 was already uploaded as video %2; --restart uploads it once more.</source>
        <translation>Plik %1 został już przesłany jako film %2; --restart prześle go jeszcze raz.</translation>
    </message>
    <message>
        <source>Run the same command with --restart to upload it from the start.</source>
        <translation>Uruchom to samo polecenie z --restart, aby przesłać plik od początku.</translation>
    </message>
    <message>
        <source>Resuming the saved upload of %1 (%2 of %3 MiB confirmed when it stopped).</source>
        <translation>Wznawianie zapisanego przesyłania %1 (w chwili zatrzymania potwierdzono %2 z %3 MiB).</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>zostało %1 s</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>pozostały czas nieznany</translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%), %4 MiB/s, %5</source>
        <translation>%1 z %2 MiB (%3%), %4 MiB/s, %5</translation>
    </message>
    <message>
        <source>This account&apos;s uploads are run by another OnAir (process %1); run this again once it is done.</source>
        <translation>Przesyłaniem dla tego konta zajmuje się inny OnAir (proces %1); uruchom to ponownie, gdy skończy.</translation>
    </message>
</context>
<context>
    <name>onair::UploadMetadata</name>
    <message>
        <source>The title is empty: give the video a title.</source>
        <translation>Tytuł jest pusty: nadaj filmowi tytuł.</translation>
    </message>
    <message>
        <source>The title has %1 characters; YouTube takes at most %2.</source>
        <translation>Tytuł ma %1 zn.; YouTube przyjmuje najwyżej %2.</translation>
    </message>
    <message>
        <source>The title contains &lt; or &gt;, which YouTube refuses.</source>
        <translation>Tytuł zawiera znak &lt; lub &gt;, których YouTube nie przyjmuje.</translation>
    </message>
    <message>
        <source>The description has %1 bytes; YouTube takes at most %2.</source>
        <translation>Opis zajmuje %1 B; YouTube przyjmuje najwyżej %2 B.</translation>
    </message>
    <message>
        <source>The tags have %1 characters in all; YouTube takes at most %2.</source>
        <translation>Tagi mają łącznie %1 zn.; YouTube przyjmuje najwyżej %2.</translation>
    </message>
    <message>
        <source>The privacy must be private, unlisted or public.</source>
        <translation>Prywatność musi mieć wartość private, unlisted lub public.</translation>
    </message>
    <message>
        <source>A scheduled publication needs the video private until then.</source>
        <translation>Zaplanowana publikacja wymaga, aby film do tego czasu był prywatny.</translation>
    </message>
    <message>
        <source>The publication time is in the past: choose a time to come.</source>
        <translation>Czas publikacji już minął: wybierz czas w przyszłości.</translation>
    </message>
    <message>
        <source>The license must be youtube or creativeCommon.</source>
        <translation>Licencja musi mieć wartość youtube lub creativeCommon.</translation>
    </message>
</context>
<context>
    <name>onair::UploadQueue</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation>Plik %1 jest pusty: nie ma czego przesłać.</translation>
    </message>
    <message>
        <source>%1 queued for upload.</source>
        <translation>Dodano %1 do kolejki przesyłania.</translation>
    </message>
    <message>
        <source>%1 changed: it is uploaded again from the start.</source>
        <translation>Plik %1 zmienił się: zostanie przesłany ponownie od początku.</translation>
    </message>
    <message>
        <source>Thumbnail set on video %1.</source>
        <translation>Ustawiono miniaturę filmu %1.</translation>
    </message>
    <message>
        <source>YouTube processed video %1.</source>
        <translation>YouTube przetworzył film %1.</translation>
    </message>
    <message>
        <source>YouTube did not process video %1 (%2). Open it in YouTube Studio to see why, then upload it again if needed.</source>
        <translation>YouTube nie przetworzył filmu %1 (%2). Otwórz go w YouTube Studio, aby sprawdzić przyczynę, a potem w razie potrzeby prześlij go ponownie.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>Video %1 is public.</source>
        <translation>Film %1 jest publiczny.</translation>
    </message>
    <message>
        <source>The OnAir that ran these uploads stopped: they are run here now.</source>
        <translation>OnAir, który zajmował się tym przesyłaniem, zatrzymał się: teraz odbywa się ono tutaj.</translation>
    </message>
    <message>
        <source>These uploads are run by another OnAir (process %1, e.g. onair --headless): they are shown here as it sends them. To change them, stop it: they are run here within seconds.</source>
        <translation>Tym przesyłaniem zajmuje się inny OnAir (proces %1, np. onair --headless): widać je tutaj w miarę wysyłania. Aby je zmienić, zatrzymaj go: w ciągu kilku sekund przejmie je to okno.</translation>
    </message>
</context>
<context>
    <name>onair::UploadRecord</name>
    <message>
        <source>an upload without an id</source>
        <translation>przesyłanie bez identyfikatora</translation>
    </message>
    <message>
        <source>upload %1: %2</source>
        <translation>przesyłanie %1: %2</translation>
    </message>
    <message>
        <source>upload %1: its offset or state is unreadable</source>
        <translation>przesyłanie %1: nie można odczytać jego pozycji ani stanu</translation>
    </message>
</context>
<context>
    <name>onair::UploadStore</name>
    <message>
        <source>Cannot read the saved uploads (%1): %2</source>
        <translation>Nie można odczytać zapisanych przesyłań (%1): %2</translation>
    </message>
    <message>
        <source>The saved uploads could not be read and were kept as %1; the queue starts empty. Add the files again to upload them.</source>
        <translation>Nie udało się odczytać zapisanych przesyłań; zachowano je jako %1, a kolejka zaczyna się pusta. Dodaj pliki ponownie, aby je przesłać.</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>wpis nie jest obiektem</translation>
    </message>
    <message>
        <source>A saved upload could not be read (%1); it is kept in %2 and the others go on.</source>
        <translation>Nie udało się odczytać jednego z zapisanych przesyłań (%1); zachowano je w %2, a pozostałe są kontynuowane.</translation>
    </message>
    <message>
        <source>Cannot save the uploads to %1: %2</source>
        <translation>Nie można zapisać przesyłań w %1: %2</translation>
    </message>
</context>
<context>
    <name>onair::VideoUpload</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation>Plik %1 jest pusty: nie ma czego przesłać.</translation>
    </message>
    <message>
        <source>The saved upload session is unusable (%1); starting a new one from byte 0.</source>
        <translation>Zapisanej sesji przesyłania nie da się użyć (%1); rozpoczynanie nowej od bajtu 0.</translation>
    </message>
    <message>
        <source>Asking YouTube how much of %1 it already has…</source>
        <translation>Sprawdzanie, ile z %1 YouTube już otrzymał…</translation>
    </message>
    <message>
        <source>Upload paused at %1 of %2 bytes; YouTube keeps what it has.</source>
        <translation>Wstrzymano przesyłanie na %1 z %2 bajtów; YouTube zachowuje to, co już otrzymał.</translation>
    </message>
    <message>
        <source>Upload of %1 cancelled.</source>
        <translation>Anulowano przesyłanie %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more.</source>
        <translation>Nie można już odczytać pliku %1.</translation>
    </message>
    <message>
        <source>YouTube opened the upload without a usable session address (%1). Try again later.</source>
        <translation>YouTube otworzył przesyłanie bez użytecznego adresu sesji (%1). Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>no Location</source>
        <translation>brak Location</translation>
    </message>
    <message>
        <source>Upload session opened for %1 (%2 bytes).</source>
        <translation>Otwarto sesję przesyłania dla %1 (%2 B).</translation>
    </message>
    <message>
        <source>YouTube answered the upload with an unreadable range (%1). Try again later.</source>
        <translation>YouTube odpowiedział na przesyłanie nieczytelnym zakresem (%1). Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>YouTube has %1 of %2 bytes; going on from there.</source>
        <translation>YouTube ma %1 z %2 bajtów; przesyłanie trwa dalej od tego miejsca.</translation>
    </message>
    <message>
        <source>The upload session of %1 expired on YouTube&apos;s side; starting a new session from byte 0.</source>
        <translation>Sesja przesyłania %1 wygasła po stronie YouTube; rozpoczynanie nowej sesji od bajtu 0.</translation>
    </message>
    <message>
        <source>The upload stopped: %1. Start it again to resume where YouTube stopped.</source>
        <translation>Przesyłanie zatrzymało się: %1. Uruchom je ponownie, aby wznowić od miejsca, w którym zatrzymał się YouTube.</translation>
    </message>
    <message>
        <source>Upload interrupted (%1); asking YouTube what it has in %2 s.</source>
        <translation>Przesyłanie przerwane (%1); za %2 s OnAir zapyta YouTube, ile już otrzymał.</translation>
    </message>
    <message>
        <source>YouTube finished the upload but its answer could not be read: %1</source>
        <translation>YouTube zakończył przesyłanie, ale nie udało się odczytać jego odpowiedzi: %1</translation>
    </message>
    <message>
        <source>no video id</source>
        <translation>brak identyfikatora filmu</translation>
    </message>
    <message>
        <source>Uploaded %1: video %2.</source>
        <translation>Przesłano %1: film %2.</translation>
    </message>
</context>
<context>
    <name>onair::YouTubeClient</name>
    <message>
        <source>The API root %1 is not an absolute URL with a host.</source>
        <translation>Główny adres API %1 nie jest bezwzględnym adresem URL z hostem.</translation>
    </message>
    <message>
        <source>The API root %1 must not carry a user name or password.</source>
        <translation>Główny adres API %1 nie może zawierać nazwy użytkownika ani hasła.</translation>
    </message>
    <message>
        <source>The API root %1 uses plain http on a host that is not this computer: the access token would travel unencrypted. Use https, or http on 127.0.0.1.</source>
        <translation>Główny adres API %1 używa zwykłego http na hoście, który nie jest tym komputerem: token dostępu szedłby bez szyfrowania. Użyj https albo http na 127.0.0.1.</translation>
    </message>
    <message>
        <source>The API root %1 must use https (or http on 127.0.0.1).</source>
        <translation>Główny adres API %1 musi używać https (lub http na 127.0.0.1).</translation>
    </message>
    <message>
        <source>YouTube could not be reached within %1 s, and a later ad break would be misplaced.</source>
        <translation>Nie udało się połączyć z YouTube w ciągu %1 s, a późniejsza przerwa reklamowa trafiłaby w złe miejsce.</translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsMenu</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj się</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Usuń konto</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wylogowanie</translation>
    </message>
    <message>
        <source>Sign out of this account? Its access is revoked at Google and its secrets leave the keychain; using it again means adding it with its client_secret.json.</source>
        <translation>Wylogować się z tego konta? Dostęp zostanie cofnięty w Google, a jego sekrety usunięte z pęku kluczy; aby znów go używać, trzeba je dodać z jego client_secret.json.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuwanie konta</translation>
    </message>
    <message>
        <source>Remove this account from OnAir? A broadcast goes on at YouTube, but OnAir no longer controls it from this account.</source>
        <translation>Usunąć to konto z OnAir? Transmisja trwa dalej w YouTube, ale OnAir nie będzie już nią sterować z tego konta.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allow &amp;Content ID…</source>
        <translation>Z&amp;ezwól na Content ID…</translation>
    </message>
    <message>
        <source>Allow Content ID</source>
        <translation>Zezwolenie na Content ID</translation>
    </message>
    <message>
        <source>Claim your shows with Content ID and make references from their recordings? OnAir signs in again and asks Google for the Content ID (YouTube Partner) permission; sign in with an account linked to your content owner.</source>
        <translation>Zgłaszać roszczenia do programów w Content ID i tworzyć pliki referencyjne z ich nagrań? OnAir zaloguje się ponownie i poprosi Google o uprawnienie Content ID (YouTube Partner); zaloguj się na konto powiązane z Twoim właścicielem treści.</translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsPane</name>
    <message>
        <source>Chec&amp;k</source>
        <translation>Spra&amp;wdź</translation>
    </message>
    <message>
        <source>Sa&amp;ve account</source>
        <translation>Zap&amp;isz konto</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <source>Instagram professional account</source>
        <translation>Konto profesjonalne Instagram</translation>
    </message>
    <message>
        <source>What you call it</source>
        <translation>Twoja nazwa tego konta</translation>
    </message>
    <message>
        <source>@channel or -100…</source>
        <translation>@channel lub -100…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Token EXPIRED on %1: paste a new one</source>
        <translation>Token WYGASŁ %1: wklej nowy</translation>
    </message>
    <message numerus="yes">
        <source>Token expires on %1 (in %n day(s)): refresh it now</source>
        <translation>
            <numerusform>Token wygasa %1 (za %n dzień): odnów go teraz</numerusform>
            <numerusform>Token wygasa %1 (za %n dni): odnów go teraz</numerusform>
            <numerusform>Token wygasa %1 (za %n dni): odnów go teraz</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expires on %1</source>
        <translation>Token wygasa %1</translation>
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
        <translation>Brak kont: dodaj poniżej bota Telegram lub konto Instagram.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>123456:ABC… from @BotFather</source>
        <translation>123456:ABC… od @BotFather</translation>
    </message>
    <message>
        <source>Long-lived token</source>
        <translation>Token długoterminowy</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Najpierw wklej token.</translation>
    </message>
    <message>
        <source>Name the channel: its @username or its id.</source>
        <translation>Podaj kanał: jego @username lub identyfikator.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>The bot @%1 may post to &quot;%2&quot;.</source>
        <translation>Bot @%1 może publikować na kanale „%2”.</translation>
    </message>
    <message>
        <source>The token works for @%1 (account %2).</source>
        <translation>Token działa dla @%1 (konto %2).</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Nie zapisano konta: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Sandbox bot</source>
        <translation>Bot piaskownicy</translation>
    </message>
    <message>
        <source>Sandbox Instagram</source>
        <translation>Instagram piaskownicy</translation>
    </message>
    <message>
        <source>Filled in from the sandbox: press Check, then Save.</source>
        <translation>Wypełniono z piaskownicy: naciśnij „Sprawdź”, a potem „Zapisz konto”.</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s bot</source>
        <translation>Wypełnij botem piaskownicy</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s Instagram account</source>
        <translation>Wypełnij kontem Instagram piaskownicy</translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakPanel</name>
    <message>
        <source>Custom:</source>
        <translation>Własny:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>At a wall time</source>
        <translation>O określonej godzinie</translation>
    </message>
    <message>
        <source>At an offset</source>
        <translation>Z przesunięciem</translation>
    </message>
    <message>
        <source>The break starts as soon as YouTube can place it.</source>
        <translation>Przerwa zaczyna się, gdy tylko YouTube może ją wstawić.</translation>
    </message>
    <message>
        <source>Start at (local time):</source>
        <translation>Początek (czas lokalny):</translation>
    </message>
    <message>
        <source>Valid window:</source>
        <translation>Dozwolone okno:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>Przesunięcie:</translation>
    </message>
    <message>
        <source>Elapsed from:</source>
        <translation>Źródło czasu:</translation>
    </message>
    <message>
        <source>Place the ad break</source>
        <translation>Wstaw przerwę reklamową</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Ad break now, %1 seconds</source>
        <translation>Przerwa reklamowa teraz, %1 s</translation>
    </message>
    <message>
        <source>Another ad break</source>
        <translation>Kolejna przerwa reklamowa</translation>
    </message>
    <message>
        <source>An ad break is still running (about %1 s left). Place another one?</source>
        <translation>Przerwa reklamowa jeszcze trwa (zostało ok. %1 s). Wstawić kolejną?</translation>
    </message>
    <message>
        <source>Live: ad breaks can be placed.</source>
        <translation>Na żywo: można wstawiać przerwy reklamowe.</translation>
    </message>
    <message>
        <source>the monitor player (getCurrentTime)</source>
        <translation>odtwarzacz podglądu (getCurrentTime)</translation>
    </message>
    <message>
        <source>the session clock (the player gives no time)</source>
        <translation>zegar sesji (odtwarzacz nie podaje czasu)</translation>
    </message>
    <message>
        <source>unknown: the monitor stream has not started</source>
        <translation>nieznane: strumień podglądu się nie rozpoczął</translation>
    </message>
    <message>
        <source>, elapsed %1</source>
        <translation>, upłynęło %1</translation>
    </message>
    <message>
        <source>, drift to the session clock %1%2</source>
        <translation>, odchylenie od zegara sesji %1%2</translation>
    </message>
    <message>
        <source> (large: check the monitor player)</source>
        <translation> (duże: sprawdź odtwarzacz podglądu)</translation>
    </message>
    <message>
        <source>[%1, %2] (delay %3)</source>
        <translation>[%1, %2] (opóźnienie %3)</translation>
    </message>
    <message>
        <source>Inside the window.</source>
        <translation>W obrębie okna.</translation>
    </message>
    <message>
        <source>Export the cuepoint log</source>
        <translation>Eksport dziennika punktów reklamowych</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Cuepoint log exported to %1.</source>
        <translation>Dziennik punktów reklamowych wyeksportowano do %1.</translation>
    </message>
    <message>
        <source>Ad break placed (%1 s).</source>
        <translation>Wstawiono przerwę reklamową (%1 s).</translation>
    </message>
    <message>
        <source>Ad break running: %1 left</source>
        <translation>Trwa przerwa reklamowa: zostało %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakShortcuts</name>
    <message>
        <source>Ad break now (%1 s)</source>
        <translation>Przerwa reklamowa teraz (%1 s)</translation>
    </message>
    <message>
        <source>Ad break now, preset %1 (%2 s)</source>
        <translation>Przerwa reklamowa teraz, szablon %1 (%2 s)</translation>
    </message>
    <message>
        <source>Ad break at the chosen offset</source>
        <translation>Przerwa reklamowa z wybranym przesunięciem</translation>
    </message>
    <message>
        <source>Ad break at the chosen wall time</source>
        <translation>Przerwa reklamowa o wybranej godzinie</translation>
    </message>
</context>
<context>
    <name>onair::ui::AnnouncementsPanel</name>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Harmonogram</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>Ed&amp;ytor</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Kont&amp;a</translation>
    </message>
    <message>
        <source>What the sandbox received…</source>
        <translation>Co otrzymała piaskownica…</translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastForm</name>
    <message>
        <source>1–100 characters</source>
        <translation>1–100 znaków</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;ytuł</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Niepubliczny</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczny</translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation>Ludzie i blogi</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Gry</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Rozrywka</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Muzyka</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation>Wiadomości i polityka</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukacja</translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation>Nauka i technika</translation>
    </message>
    <message>
        <source>Film &amp; Animation</source>
        <translation>Film i animacja</translation>
    </message>
    <message>
        <source>Howto &amp; Style</source>
        <translation>Poradniki i styl</translation>
    </message>
    <message>
        <source>Nonprofits &amp; Activism</source>
        <translation>Organizacje non-profit i aktywizm</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Przeznaczone dla dzieci</translation>
    </message>
    <message>
        <source>Normal latency</source>
        <translation>Normalne opóźnienie</translation>
    </message>
    <message>
        <source>Low latency</source>
        <translation>Niskie opóźnienie</translation>
    </message>
    <message>
        <source>Ultra-low latency</source>
        <translation>Bardzo niskie opóźnienie</translation>
    </message>
    <message>
        <source>DVR (viewers can rewind)</source>
        <translation>DVR (widzowie mogą przewijać)</translation>
    </message>
    <message>
        <source>Record from start</source>
        <translation>Nagrywaj od początku</translation>
    </message>
    <message>
        <source>Monitor stream (needed for testing)</source>
        <translation>Strumień podglądu (wymagany do testu)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>broadcastStreamDelayMs: a delay over 10 s allows ad breaks at an offset</source>
        <translation>broadcastStreamDelayMs: opóźnienie powyżej 10 s pozwala na przerwy reklamowe z przesunięciem</translation>
    </message>
    <message>
        <source>No closed captions</source>
        <translation>Bez napisów</translation>
    </message>
    <message>
        <source>Captions over HTTP POST</source>
        <translation>Napisy przez HTTP POST</translation>
    </message>
    <message>
        <source>Captions embedded in the video</source>
        <translation>Napisy osadzone w wideo</translation>
    </message>
    <message>
        <source>Embeddable on other sites</source>
        <translation>Umieszczanie na innych stronach</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Prostokątna</translation>
    </message>
    <message>
        <source>360°</source>
        <translation>360°</translation>
    </message>
    <message>
        <source>Pro&amp;jection</source>
        <translation>Pro&amp;jekcja</translation>
    </message>
    <message>
        <source>JPEG or PNG, optional</source>
        <translation>JPEG lub PNG, opcjonalnie</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Give the broadcast a title.</source>
        <translation>Nadaj transmisji tytuł.</translation>
    </message>
    <message>
        <source>The description is longer than 5000 characters.</source>
        <translation>Opis jest dłuższy niż 5000 znaków.</translation>
    </message>
    <message>
        <source>The scheduled end must be after the start.</source>
        <translation>Planowane zakończenie musi być późniejsze niż rozpoczęcie.</translation>
    </message>
    <message>
        <source>Ultra-low latency does not allow closed captions.</source>
        <translation>Bardzo niskie opóźnienie nie pozwala na napisy.</translation>
    </message>
    <message>
        <source>The thumbnail %1 cannot be read.</source>
        <translation>Nie można odczytać miniatury %1.</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>P&amp;rywatność</translation>
    </message>
    <message>
        <source>Scheduled sta&amp;rt</source>
        <translation>Planowane rozpo&amp;częcie</translation>
    </message>
    <message>
        <source>Scheduled e&amp;nd</source>
        <translation>Planowane zako&amp;ńczenie</translation>
    </message>
    <message>
        <source>Categ&amp;ory</source>
        <translation>K&amp;ategoria</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gi</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Tryb opóźnienia</translation>
    </message>
    <message>
        <source>Broadcast dela&amp;y</source>
        <translation>Opóźnienie e&amp;misji</translation>
    </message>
    <message>
        <source>Closed captions</source>
        <translation>Napisy</translation>
    </message>
    <message>
        <source>Thumbna&amp;il</source>
        <translation>M&amp;iniatura</translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastTab</name>
    <message>
        <source>Create broadcast</source>
        <translation>Utworzenie transmisji</translation>
    </message>
    <message>
        <source>&amp;Create broadcast</source>
        <translation>Ut&amp;wórz transmisję</translation>
    </message>
</context>
<context>
    <name>onair::ui::ComposerPane</name>
    <message numerus="yes">
        <source>%1 of %2 characters, %n left</source>
        <translation>
            <numerusform>%1 z %2 znaków, został %n</numerusform>
            <numerusform>%1 z %2 znaków, zostały %n</numerusform>
            <numerusform>%1 z %2 znaków, zostało %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 z %2 znaków: o %n znak za dużo</numerusform>
            <numerusform>%1 z %2 znaków: o %n znaki za dużo</numerusform>
            <numerusform>%1 z %2 znaków: o %n znaków za dużo</numerusform>
        </translation>
    </message>
    <message>
        <source>Your show&apos;s title</source>
        <translation>Tytuł Twojego programu</translation>
    </message>
    <message>
        <source>The show&apos;s description.</source>
        <translation>Opis programu.</translation>
    </message>
    <message>
        <source>▶ Watch</source>
        <translation>▶ Oglądaj</translation>
    </message>
    <message>
        <source>With the show&apos;s thumbnail</source>
        <translation>Z miniaturą programu</translation>
    </message>
    <message>
        <source>Sche&amp;dule</source>
        <translation>Zaplanu&amp;j</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Zakończ edycję</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Teraz na żywo</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>O określonej godzinie</translation>
    </message>
    <message>
        <source>Minutes before the scheduled start</source>
        <translation>Minuty przed planowanym rozpoczęciem</translation>
    </message>
    <message>
        <source>When the broadcast is live</source>
        <translation>Gdy transmisja wejdzie na antenę</translation>
    </message>
    <message>
        <source>When the broadcast is complete</source>
        <translation>Gdy transmisja się zakończy</translation>
    </message>
    <message>
        <source>When the recording is processed</source>
        <translation>Gdy nagranie zostanie przetworzone</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min przed</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; starts {start}: {url}  — fields: {title} {url} {start} {description} {thumbnail}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; zaczyna się {start}: {url}  — pola: {title} {url} {start} {description} {thumbnail}</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>G&amp;dzie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Tekst p&amp;osta</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Przycisk</translation>
    </message>
    <message>
        <source>Telegram will get</source>
        <translation>Telegram otrzyma</translation>
    </message>
    <message>
        <source>Instagram will get</source>
        <translation>Instagram otrzyma</translation>
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
        <translation>[zdjęcie: %1]</translation>
    </message>
    <message>
        <source>[%1] button → %2</source>
        <translation>przycisk [%1] → %2</translation>
    </message>
    <message>
        <source>(no image)</source>
        <translation>(bez obrazu)</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Obraz: %1</translation>
    </message>
    <message>
        <source>%1 of %2 hashtags</source>
        <translation>%1 z %2 hashtagów</translation>
    </message>
    <message>
        <source>Pick at least one account.</source>
        <translation>Wybierz co najmniej jedno konto.</translation>
    </message>
    <message>
        <source>Write the post&apos;s text.</source>
        <translation>Napisz tekst posta.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the changes</source>
        <translation>Zapisz z&amp;miany</translation>
    </message>
    <message>
        <source>This post is no longer waiting: it was not changed.</source>
        <translation>Ten post już nie czeka: nie został zmieniony.</translation>
    </message>
    <message>
        <source>Save the show&apos;s posts in its preset</source>
        <translation>Zapisz posty programu w jego szablonie</translation>
    </message>
    <message>
        <source>The posts that wait for the show&apos;s events go into the preset the show was made from, for its next show</source>
        <translation>Posty czekające na zdarzenia programu trafią do szablonu, z którego go utworzono, na potrzeby następnego programu</translation>
    </message>
    <message>
        <source>The show&apos;s posts were saved in its preset.</source>
        <translation>Zapisano posty programu w jego szablonie.</translation>
    </message>
    <message>
        <source>When the uploaded recording is processed</source>
        <translation>Gdy przesłane nagranie zostanie przetworzone</translation>
    </message>
    <message>
        <source>When the uploaded recording is published</source>
        <translation>Gdy przesłane nagranie zostanie opublikowane</translation>
    </message>
    <message>
        <source>No broadcast is open: a timed post cannot use the show&apos;s fields, its Watch button or its thumbnail yet. Open or create the broadcast first, or write the post without them.</source>
        <translation>Żadna transmisja nie jest otwarta: post na określoną godzinę nie może jeszcze użyć pól programu, przycisku „Oglądaj” ani miniatury. Najpierw otwórz lub utwórz transmisję albo napisz post bez nich.</translation>
    </message>
</context>
<context>
    <name>onair::ui::MainWindow</name>
    <message>
        <source>Set-up</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <source>Start test</source>
        <translation>Rozpocznij test</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>&amp;Transmisja</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Nadchodzące</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Go live (asks first)</source>
        <translation>Wejdź na antenę (z potwierdzeniem)</translation>
    </message>
    <message>
        <source>End broadcast (asks first)</source>
        <translation>Zakończ transmisję (z potwierdzeniem)</translation>
    </message>
    <message>
        <source>Recover a stuck broadcast</source>
        <translation>Odzyskaj zawieszoną transmisję</translation>
    </message>
    <message>
        <source>Read broadcast and stream now</source>
        <translation>Odczytaj teraz transmisję i strumień</translation>
    </message>
    <message>
        <source>Go to the broadcast form</source>
        <translation>Przejdź do formularza transmisji</translation>
    </message>
    <message>
        <source>Go to the stream</source>
        <translation>Przejdź do strumienia</translation>
    </message>
    <message>
        <source>Go to the event log</source>
        <translation>Przejdź do dziennika zdarzeń</translation>
    </message>
    <message>
        <source>Start or stop the test encoder (sandbox)</source>
        <translation>Uruchom lub zatrzymaj enkoder testowy (piaskownica)</translation>
    </message>
    <message>
        <source>The monitor stream starts with testing.</source>
        <translation>Strumień podglądu rusza wraz z testem.</translation>
    </message>
    <message>
        <source>The monitor stream is off for this broadcast.</source>
        <translation>Strumień podglądu jest wyłączony dla tej transmisji.</translation>
    </message>
    <message>
        <source>The monitor player was refused: %1</source>
        <translation>Odtwarzacz podglądu został odrzucony: %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Shortcuts…</source>
        <translation>S&amp;króty…</translation>
    </message>
    <message>
        <source>Ad breaks</source>
        <translation>Przerwy reklamowe</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>S&amp;zablony</translation>
    </message>
    <message>
        <source>Create broadcast from the selected preset</source>
        <translation>Utwórz transmisję z wybranego szablonu</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Add &amp;Google account…</source>
        <translation>Dodaj konto &amp;Google…</translation>
    </message>
    <message>
        <source>Google OAuth client (desktop app)</source>
        <translation>Klient Google OAuth (aplikacja typu Desktop app)</translation>
    </message>
    <message>
        <source>client_secret JSON (*.json)</source>
        <translation>client_secret JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>&amp;Dark control-room theme</source>
        <translation>&amp;Ciemny motyw reżyserki</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>P&amp;rzesyłanie</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>&amp;Zdalne sterowanie…</translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation>&amp;Strumień</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>piaskownica</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>przesyłanie %1</translation>
    </message>
    <message>
        <source>%1 — uploading %2</source>
        <translation>%1 — przesyłanie %2</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Content ID</translation>
    </message>
    <message>
        <source>%1

Go on without a Content ID claim for this show? Cancel tries the step again.</source>
        <translation>%1

Kontynuować bez roszczenia Content ID dla tego programu? Anuluj ponawia ten krok.</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Zapowiedzi</translation>
    </message>
    <message>
        <source>Go to the announcements</source>
        <translation>Przejdź do zapowiedzi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>owner name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Content ID owner</source>
        <translation>Właściciel Content ID</translation>
    </message>
</context>
<context>
    <name>onair::ui::MonitorView</name>
    <message>
        <source>No monitor stream yet</source>
        <translation>Brak strumienia podglądu</translation>
    </message>
</context>
<context>
    <name>onair::ui::PolicyChoiceEditor</name>
    <message>
        <source>A saved policy:</source>
        <translation>Zapisana zasada:</translation>
    </message>
    <message>
        <source>A new policy named:</source>
        <translation>Nowa zasada o nazwie:</translation>
    </message>
    <message>
        <source>Monetize (run ads)</source>
        <translation>Zarabiaj (wyświetlaj reklamy)</translation>
    </message>
    <message>
        <source>Track (statistics only)</source>
        <translation>Śledź (tylko statystyki)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokuj</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Działanie:</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiowizualne</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Matches of:</source>
        <translation>Dopasowania typu:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>dowolna długość</translation>
    </message>
    <message>
        <source>Matches of at least:</source>
        <translation>Dopasowania trwające co najmniej:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>any share</source>
        <translation>dowolna część</translation>
    </message>
    <message>
        <source>Covering at least:</source>
        <translation>Obejmujące co najmniej:</translation>
    </message>
    <message>
        <source>%1 (as the plan names it)</source>
        <translation>%1 (tak jak w planie)</translation>
    </message>
</context>
<context>
    <name>onair::ui::PresetPanel</name>
    <message>
        <source>Presets (*.json)</source>
        <translation>Szablony (*.json)</translation>
    </message>
    <message>
        <source>New from current</source>
        <translation>Nowy z bieżących</translation>
    </message>
    <message>
        <source>Edit in forms</source>
        <translation>Edytuj w formularzach</translation>
    </message>
    <message>
        <source>Save forms to preset</source>
        <translation>Zapisz formularze w szablonie</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Broadcast %1 created from the preset (number %2).</source>
        <translation>Transmisję %1 utworzono z szablonu (numer %2).</translation>
    </message>
    <message>
        <source>Could not create the broadcast from %1: %2</source>
        <translation>Nie udało się utworzyć transmisji z %1: %2</translation>
    </message>
    <message>
        <source>Not loaded (left as they are):
%1</source>
        <translation>Nie wczytano (pozostawiono bez zmian):
%1</translation>
    </message>
    <message>
        <source>Create or open a broadcast with its stream first.</source>
        <translation>Najpierw utwórz lub otwórz transmisję z jej strumieniem.</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nazwa szablonu:</translation>
    </message>
    <message>
        <source>Preset saved as %1.</source>
        <translation>Szablon zapisano jako %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the broadcast and stream forms: change them, then &quot;Save forms to preset&quot;.</source>
        <translation>„%1” jest w formularzach transmisji i strumienia: zmień je, a potem kliknij „Zapisz formularze w szablonie”.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Duplicated as %1.</source>
        <translation>Zduplikowano jako %1.</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Zmiana nazwy szablonu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Zmieniono nazwę na %1.</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Usuwanie szablonu</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Usunąć %1? Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Usunięto %1.</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Import szablonu</translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation>Zaimportowano jako %1.</translation>
    </message>
    <message>
        <source>Export the preset</source>
        <translation>Eksport szablonu</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Wyeksportowano do %1.</translation>
    </message>
    <message>
        <source>Choose a preset first.</source>
        <translation>Najpierw wybierz szablon.</translation>
    </message>
    <message>
        <source>Creating the broadcast from %1…</source>
        <translation>Tworzenie transmisji z %1…</translation>
    </message>
    <message>
        <source>&amp;Create broadcast from preset</source>
        <translation>Ut&amp;wórz transmisję z szablonu</translation>
    </message>
    <message>
        <source>Content ID…</source>
        <translation>Content ID…</translation>
    </message>
    <message>
        <source>Saved the Content ID plan of %1.</source>
        <translation>Zapisano plan Content ID dla %1.</translation>
    </message>
</context>
<context>
    <name>onair::ui::QueuePane</name>
    <message>
        <source>It&apos;s the&amp;re</source>
        <translation>&amp;Jest na kanale</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Wyślij p&amp;onownie…</translation>
    </message>
    <message>
        <source>Send no&amp;w</source>
        <translation>&amp;Wyślij teraz</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Ponów pró&amp;bę</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>E&amp;dytuj</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Dupl&amp;ikuj</translation>
    </message>
    <message>
        <source>Cancel post…</source>
        <translation>Anuluj post…</translation>
    </message>
    <message>
        <source>The selected post&apos;s log</source>
        <translation>Dziennik wybranego posta</translation>
    </message>
    <message>
        <source>You saw the post in the channel: mark it published</source>
        <translation>Widzisz post na kanale: oznacz go jako opublikowany</translation>
    </message>
    <message>
        <source>You found no post: send it again (asks first)</source>
        <translation>Posta nie ma na kanale: wyślij go ponownie (z potwierdzeniem)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>OnAir does not know whether this post went out. Sending it again may post it twice. Did you look in the channel and find no post?</source>
        <translation>OnAir nie wie, czy ten post został opublikowany. Ponowne wysłanie może opublikować go dwa razy. Czy sprawdzono kanał i nie ma na nim tego posta?</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Anuluj post</translation>
    </message>
    <message>
        <source>Cancel this post? It will not be sent.</source>
        <translation>Anulować ten post? Nie zostanie wysłany.</translation>
    </message>
    <message>
        <source>Item %1 cannot be read (%2); it is left as it is.</source>
        <translation>Nie można odczytać elementu %1 (%2); pozostaje bez zmian.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) may or may not have gone out. Look in the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>
            <numerusform>%n post mógł zostać opublikowany lub nie. Sprawdź kanał, a potem wybierz „Jest na kanale” albo „Wyślij ponownie”.</numerusform>
            <numerusform>%n posty mogły zostać opublikowane lub nie. Sprawdź kanał, a potem wybierz „Jest na kanale” albo „Wyślij ponownie”.</numerusform>
            <numerusform>%n postów mogło zostać opublikowanych lub nie. Sprawdź kanał, a potem wybierz „Jest na kanale” albo „Wyślij ponownie”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were due while OnAir was closed and are held: send now or cancel.</source>
        <translation>
            <numerusform>%n post miał zostać wysłany, gdy OnAir był zamknięty, i jest wstrzymany: wyślij go teraz lub anuluj.</numerusform>
            <numerusform>%n posty miały zostać wysłane, gdy OnAir był zamknięty, i są wstrzymane: wyślij je teraz lub anuluj.</numerusform>
            <numerusform>%n postów miało zostać wysłanych, gdy OnAir był zamknięty, i jest wstrzymanych: wyślij je teraz lub anuluj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onair::ui::RemoteSettingsDialog</name>
    <message>
        <source>Remote control</source>
        <translation>Zdalne sterowanie</translation>
    </message>
    <message>
        <source>D-Bus and onair ctl: on. Bind a desktop shortcut to &quot;onair ctl break 60&quot; to place a break while another program has the focus.</source>
        <translation>D-Bus i onair ctl: włączone. Przypisz w środowisku pulpitu skrót klawiszowy do polecenia „onair ctl break 60”, aby wstawiać przerwę, gdy aktywny jest inny program.</translation>
    </message>
    <message>
        <source>Allow go live, end and recover from outside the window (each needs an arm, then a confirmation within 5 s)</source>
        <translation>Zezwalaj na wejście na antenę, zakończenie i odzyskiwanie spoza okna (każda czynność wymaga uzbrojenia, a potem potwierdzenia w ciągu 5 s)</translation>
    </message>
    <message>
        <source>HTTP and WebSocket API (stream decks, tally lights)</source>
        <translation>API HTTP i WebSocket (panele typu Stream Deck, lampki tally)</translation>
    </message>
    <message>
        <source>Enable the HTTP API</source>
        <translation>Włącz API HTTP</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Tylko ten komputer</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Warning: other computers on the network can reach this address. Anyone there with the token can place ad breaks.</source>
        <translation>Uwaga: inne komputery w sieci mogą połączyć się z tym adresem. Każdy z nich, kto ma token, może wstawiać przerwy reklamowe.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Generate a new token</source>
        <translation>Wygeneruj nowy token</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Unieważnij token</translation>
    </message>
    <message>
        <source>Copy it now: it is not shown again.</source>
        <translation>Skopiuj go teraz: nie zostanie ponownie wyświetlony.</translation>
    </message>
    <message>
        <source>set (kept in the keychain)</source>
        <translation>ustawiony (przechowywany w pęku kluczy)</translation>
    </message>
    <message>
        <source>none: requests are refused</source>
        <translation>brak: żądania są odrzucane</translation>
    </message>
    <message>
        <source>Listening on http://%1:%2/v1/</source>
        <translation>Nasłuchiwanie na http://%1:%2/v1/</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Wyłączone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1” nie jest adresem IP.</translation>
    </message>
</context>
<context>
    <name>onair::ui::RightsPlanDialog</name>
    <message>
        <source>Content ID plan: %1</source>
        <translation>Plan Content ID: %1</translation>
    </message>
    <message>
        <source>C&amp;laim this show with Content ID before it starts</source>
        <translation>Zgłoś &amp;roszczenie do programu w Content ID przed jego rozpoczęciem</translation>
    </message>
    <message>
        <source>Unticked, the show is not claimed: no asset, claim or reference is made, and the preset keeps no plan.</source>
        <translation>Bez zaznaczenia roszczenie do programu nie jest zgłaszane: nie powstaje zasób, roszczenie ani plik referencyjny, a szablon nie zachowuje planu.</translation>
    </message>
    <message>
        <source>Asset (a web asset for this show)</source>
        <translation>Zasób (zasób internetowy tego programu)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>C&amp;ustom id:</source>
        <translation>&amp;Identyfikator niestandardowy:</translation>
    </message>
    <message>
        <source>Fields: %1 (the preset&apos;s number for the next show).</source>
        <translation>Pola: %1 (numer następnego programu według szablonu).</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Podgląd:</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Własność</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Cały świat</translation>
    </message>
    <message>
        <source>Only in these countries</source>
        <translation>Tylko w tych krajach</translation>
    </message>
    <message>
        <source>Everywhere except these countries</source>
        <translation>Wszędzie oprócz tych krajów</translation>
    </message>
    <message>
        <source>&amp;Owned:</source>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <source>ISO 3166 codes, e.g. DE, AT, CH</source>
        <translation>Kody ISO 3166, np. DE, AT, CH</translation>
    </message>
    <message>
        <source>Countr&amp;ies:</source>
        <translation>&amp;Kraje:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <source>Match policy (what YouTube does with copies it finds):</source>
        <translation>Zasada dopasowania (co YouTube robi ze znalezionymi kopiami):</translation>
    </message>
    <message>
        <source>The claim of the show uses the match &amp;policy</source>
        <translation>Roszczenie do programu używa zasady &amp;dopasowania</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiowizualne</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Claimed content:</source>
        <translation>Treść objęta roszczeniem:</translation>
    </message>
    <message>
        <source>Ads on the show</source>
        <translation>Reklamy w programie</translation>
    </message>
    <message>
        <source>Pre-roll</source>
        <translation>Pre-roll</translation>
    </message>
    <message>
        <source>Mid-roll</source>
        <translation>Mid-roll</translation>
    </message>
    <message>
        <source>Post-roll</source>
        <translation>Post-roll</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Przerwy:</translation>
    </message>
    <message>
        <source>seconds from the start, e.g. 600, 1200</source>
        <translation>sekundy od początku, np. 600, 1200</translation>
    </message>
    <message>
        <source>Mid-roll ti&amp;mes:</source>
        <translation>&amp;Momenty mid-roll:</translation>
    </message>
    <message>
        <source>Sent as third-party ads with these break positions, the only ad format the API takes today; mid-roll is what lets the show&apos;s ad breaks run ads.</source>
        <translation>Wysyłane jako reklamy zewnętrzne (third-party) z tymi pozycjami przerw — to obecnie jedyny format reklam przyjmowany przez API; dopiero mid-roll pozwala wyświetlać reklamy w przerwach reklamowych programu.</translation>
    </message>
    <message>
        <source>Reference (so that YouTube finds re-uploads)</source>
        <translation>Plik referencyjny (aby YouTube wykrywał ponowne przesłania)</translation>
    </message>
    <message>
        <source>&amp;After the show, from its processed recording</source>
        <translation>&amp;Po programie, z przetworzonego nagrania</translation>
    </message>
    <message>
        <source>The content owner is approved for Live Content ID &amp;delivery</source>
        <translation>Właściciel treści ma zgodę na dostarczanie w &amp;Live Content ID</translation>
    </message>
    <message>
        <source>&amp;Before the show (live delivery)</source>
        <translation>Prz&amp;ed programem (dostarczanie na żywo)</translation>
    </message>
    <message>
        <source>A reference before the show is only for owners YouTube approved for live delivery: others are refused, and OnAir then makes it after the show. Making it turns the broadcast&apos;s recording on for good.</source>
        <translation>Plik referencyjny przed programem jest dostępny tylko dla właścicieli, którym YouTube przyznał zgodę na dostarczanie na żywo: pozostali otrzymują odmowę, a OnAir tworzy go wtedy po programie. Utworzenie go trwale włącza nagrywanie transmisji.</translation>
    </message>
    <message>
        <source>This preset&apos;s broadcast does not record from the start, and a reference needs the recording: turn &quot;Record from start&quot; on (Edit in forms).</source>
        <translation>Transmisja z tego szablonu nie jest nagrywana od początku, a plik referencyjny wymaga nagrania: włącz „Nagrywaj od początku” (Edytuj w formularzach).</translation>
    </message>
    <message>
        <source>Title &quot;%1&quot;, custom id &quot;%2&quot;</source>
        <translation>Tytuł „%1”, identyfikator niestandardowy „%2”</translation>
    </message>
    <message>
        <source>Unknown fields (left as written): %1</source>
        <translation>Nieznane pola (pozostawione bez zmian): %1</translation>
    </message>
    <message>
        <source>Content ID is not available here: describe a new policy.</source>
        <translation>Content ID nie jest tu dostępny: opisz nową zasadę.</translation>
    </message>
    <message>
        <source>Reading the owner&apos;s saved policies…</source>
        <translation>Odczytywanie zapisanych zasad właściciela…</translation>
    </message>
    <message numerus="yes">
        <source>%n saved policies of %1.</source>
        <translation>
            <numerusform>%n zapisana zasada właściciela %1.</numerusform>
            <numerusform>%n zapisane zasady właściciela %1.</numerusform>
            <numerusform>%n zapisanych zasad właściciela %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved policies could not be read: %1</source>
        <translation>Nie udało się odczytać zapisanych zasad: %1</translation>
    </message>
    <message>
        <source>Choose a saved match policy, or describe a new one.</source>
        <translation>Wybierz zapisaną zasadę dopasowania albo opisz nową.</translation>
    </message>
    <message>
        <source>Choose the claim&apos;s saved policy, or describe a new one.</source>
        <translation>Wybierz zapisaną zasadę roszczenia albo opisz nową.</translation>
    </message>
    <message>
        <source>Mid-roll times: &quot;%1&quot; is not a whole number of seconds.</source>
        <translation>Momenty mid-roll: „%1” nie jest całkowitą liczbą sekund.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::SandboxPostsWindow</name>
    <message>
        <source>What the sandbox received</source>
        <translation>Co otrzymała piaskownica</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Odśwież</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShortcutSettingsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Back to the default shortcut</source>
        <translation>Przywróć domyślny skrót</translation>
    </message>
    <message>
        <source>%1 is used by %2: give each action its own shortcut.</source>
        <translation>%1 jest używany przez: %2. Przypisz każdej czynności własny skrót.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>This shortcut is also used by another action.</source>
        <translation>Ten skrót jest używany także przez inną czynność.</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowRail</name>
    <message>
        <source>After the show:</source>
        <translation>Po programie:</translation>
    </message>
    <message>
        <source>Nothing more to do for this show.</source>
        <translation>W tej transmisji nie ma już nic do zrobienia.</translation>
    </message>
    <message>
        <source>Next: create or open a broadcast</source>
        <translation>Dalej: utwórz lub otwórz transmisję</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Następny krok: %1</translation>
    </message>
    <message>
        <source>Next: %1 (not yet)</source>
        <translation>Dalej: %1 (jeszcze nie)</translation>
    </message>
    <message>
        <source>The show is over. After the show (not available here): %1.</source>
        <translation>Program się zakończył. Po programie (niedostępne tutaj): %1.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nie powiodło się</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation>Ten kanał nie jest powiązany z właścicielem treści w Content ID.</translation>
    </message>
    <message>
        <source>The operator went on without a claim.</source>
        <translation>Operator kontynuował bez roszczenia.</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>zgłoszono roszczenie</translation>
    </message>
    <message>
        <source>Claim %1 on asset %2</source>
        <translation>Roszczenie %1 do zasobu %2</translation>
    </message>
    <message>
        <source>The broadcast does not record from the start.</source>
        <translation>Transmisja nie jest nagrywana od początku.</translation>
    </message>
    <message>
        <source>waiting for the recording</source>
        <translation>czeka na nagranie</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Plik referencyjny %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowTab</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Niepubliczny</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczny</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source>Auto start when the stream becomes active</source>
        <translation>Autostart, gdy strumień stanie się aktywny</translation>
    </message>
    <message>
        <source>Auto stop when the stream stops</source>
        <translation>Autostop, gdy strumień się zatrzyma</translation>
    </message>
    <message>
        <source>Only before the show starts; auto start only while the stream receives nothing. With a test phase, leave both off.</source>
        <translation>Tylko przed rozpoczęciem transmisji; automatyczny start tylko wtedy, gdy strumień nic nie odbiera. Jeśli planujesz test, zostaw oba wyłączone.</translation>
    </message>
    <message>
        <source>Update &amp;title, description and privacy</source>
        <translation>Zaktual&amp;izuj tytuł, opis i prywatność</translation>
    </message>
    <message>
        <source>Appl&amp;y auto start/stop</source>
        <translation>Z&amp;astosuj autostart/autostop</translation>
    </message>
</context>
<context>
    <name>onair::ui::SignInPrompt</name>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Signed out: %1 The broadcast goes on at YouTube; sign in again to control it.</source>
        <translation>Wylogowano: %1 Transmisja trwa dalej w YouTube; zaloguj się ponownie, aby nią sterować.</translation>
    </message>
</context>
<context>
    <name>onair::ui::StatusPanel</name>
    <message>
        <source>Monitor</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Na żywo</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Strumień</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <source>%v / %m units</source>
        <translation>%v / %m jedn.</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>POZA ANTENĄ</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>GOTOWE</translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>NA ŻYWO</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>ZAKOŃCZONO</translation>
    </message>
    <message>
        <source>No broadcast</source>
        <translation>Brak transmisji</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>brak strumienia</translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal against the local emulator; nothing reaches YouTube</source>
        <translation>PIASKOWNICA — próba z lokalnym emulatorem; nic nie trafia do YouTube</translation>
    </message>
    <message>
        <source>YouTube — actions reach the real channel</source>
        <translation>YouTube — czynności trafiają na prawdziwy kanał</translation>
    </message>
    <message>
        <source>%1 units/hour spent recently</source>
        <translation>%1 jedn./godz. zużyte ostatnio</translation>
    </message>
    <message>
        <source>%v / %m uploads</source>
        <translation>%v / %m przesłań</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>BRAK SYGNAŁU</translation>
    </message>
    <message>
        <source>AD BREAK %1</source>
        <translation>PRZERWA REKLAMOWA %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamForm</name>
    <message>
        <source>Main encoder</source>
        <translation>Główny enkoder</translation>
    </message>
    <message>
        <source>Stream &amp;name</source>
        <translation>N&amp;azwa strumienia</translation>
    </message>
    <message>
        <source>&amp;Ingestion</source>
        <translation>P&amp;rzesyłanie</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>R&amp;ozdzielczość</translation>
    </message>
    <message>
        <source>&amp;Frame rate</source>
        <translation>Licz&amp;ba klatek</translation>
    </message>
    <message>
        <source>Reusable for later broadcasts</source>
        <translation>Wielokrotnego użytku w kolejnych transmisjach</translation>
    </message>
    <message>
        <source>Give the stream a name.</source>
        <translation>Nadaj strumieniowi nazwę.</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamPanel</name>
    <message>
        <source>Ingest stream</source>
        <translation>Strumień przesyłania</translation>
    </message>
    <message>
        <source>No stream bound</source>
        <translation>Brak powiązanego strumienia</translation>
    </message>
    <message>
        <source>Ingestion URL</source>
        <translation>Adres przesyłania</translation>
    </message>
    <message>
        <source>Backup URL</source>
        <translation>Zapasowy adres</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Klucz strumienia</translation>
    </message>
    <message>
        <source>Reveal key</source>
        <translation>Pokaż klucz</translation>
    </message>
    <message>
        <source>ingestion URL</source>
        <translation>adres przesyłania</translation>
    </message>
    <message>
        <source>backup URL</source>
        <translation>zapasowy adres</translation>
    </message>
    <message>
        <source>stream key</source>
        <translation>klucz strumienia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Ukryj klucz</translation>
    </message>
    <message>
        <source>%1 — %2, %3 %4, %5</source>
        <translation>%1 — %2, %3 %4, %5</translation>
    </message>
    <message>
        <source>reusable</source>
        <translation>wielokrotnego użytku</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>jednorazowy</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamTab</name>
    <message>
        <source>Replace bound stream</source>
        <translation>Wymień powiązany strumień</translation>
    </message>
    <message>
        <source>Unbind and delete the current stream, create this one and bind it (for a misconfigured stream)</source>
        <translation>Odłącz i usuń bieżący strumień, utwórz ten i powiąż go (dla źle skonfigurowanego strumienia)</translation>
    </message>
    <message>
        <source>Or bind an existing reusable stream:</source>
        <translation>Albo powiąż istniejący strumień wielokrotnego użytku:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Bind selected</source>
        <translation>Powiąż wybrany</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard</source>
        <translation>Skopiowano do schowka: %1</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Utworzenie strumienia</translation>
    </message>
    <message>
        <source>Replace the stream</source>
        <translation>Wymiana strumienia</translation>
    </message>
    <message>
        <source>Unbind and delete the bound stream, then create and bind a new one? The encoder must switch to the new stream key.</source>
        <translation>Odłączyć i usunąć powiązany strumień, a następnie utworzyć i powiązać nowy? Enkoder musi przejść na nowy klucz strumienia.</translation>
    </message>
    <message>
        <source>&amp;Create and bind</source>
        <translation>Ut&amp;wórz i powiąż</translation>
    </message>
</context>
<context>
    <name>onair::ui::TransportBar</name>
    <message>
        <source>Start test</source>
        <translation>Rozpocznij test</translation>
    </message>
    <message>
        <source>Go live…</source>
        <translation>Wejdź na antenę…</translation>
    </message>
    <message>
        <source>End broadcast…</source>
        <translation>Zakończ transmisję…</translation>
    </message>
    <message>
        <source>Recover stuck broadcast</source>
        <translation>Odzyskiwanie zawieszonej transmisji</translation>
    </message>
    <message>
        <source>Recover the broadcast</source>
        <translation>Odzyskiwanie transmisji</translation>
    </message>
    <message>
        <source>Delete the stuck broadcast, create a new one with the same settings, bind it to the same stream and test again?</source>
        <translation>Usunąć zawieszoną transmisję, utworzyć nową z tymi samymi ustawieniami, powiązać ją z tym samym strumieniem i przetestować ponownie?</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Wejdź na antenę</translation>
    </message>
    <message>
        <source>End the broadcast</source>
        <translation>Zakończenie transmisji</translation>
    </message>
    <message>
        <source>End the broadcast now? This cannot be undone: a completed broadcast cannot go live again.</source>
        <translation>Zakończyć transmisję teraz? Tego nie można cofnąć: zakończona transmisja nie może ponownie wejść na antenę.</translation>
    </message>
    <message>
        <source>Stop the test encoder</source>
        <translation>Zatrzymanie kodera testowego</translation>
    </message>
    <message>
        <source>Stop the test encoder? The stream stops, and a show that is testing or live goes off the air.</source>
        <translation>Zatrzymać koder testowy? Strumień ustanie, a program w teście lub na antenie zejdzie z anteny.</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Najpierw się zaloguj</translation>
    </message>
    <message>
        <source>Sign in to start.</source>
        <translation>Zaloguj się, aby rozpocząć.</translation>
    </message>
    <message>
        <source>Create a broadcast or open an upcoming one.</source>
        <translation>Utwórz transmisję lub otwórz nadchodzącą.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Następny krok: %1</translation>
    </message>
    <message>
        <source>Start test &amp;encoder</source>
        <translation>Uruchom &amp;enkoder testowy</translation>
    </message>
    <message>
        <source>Go live now? The broadcast becomes public: anyone can find and watch it.</source>
        <translation>Wejść teraz na antenę? Transmisja będzie publiczna: każdy może ją znaleźć i obejrzeć.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast is unlisted: anyone with the link can watch it.</source>
        <translation>Wejść teraz na antenę? Transmisja jest niepubliczna: może ją obejrzeć każdy, kto ma link.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast is private: only the viewers you invited can watch it.</source>
        <translation>Wejść teraz na antenę? Transmisja jest prywatna: mogą ją obejrzeć tylko zaproszeni przez Ciebie widzowie.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast&apos;s privacy (%1) is not known to OnAir: check who can watch it first.</source>
        <translation>Wejść teraz na antenę? OnAir nie zna ustawienia prywatności transmisji (%1): najpierw sprawdź, kto może ją oglądać.</translation>
    </message>
    <message>
        <source>Stop test &amp;encoder…</source>
        <translation>Zatrzymaj &amp;enkoder testowy…</translation>
    </message>
</context>
<context>
    <name>onair::ui::UpcomingTab</name>
    <message>
        <source>Upcoming and active broadcasts, including interrupted ones:</source>
        <translation>Nadchodzące i aktywne transmisje, w tym przerwane:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>List broadcasts</source>
        <translation>Lista transmisji</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Otwórz wybraną</translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadForm</name>
    <message>
        <source>Publish at</source>
        <translation>Zaplanuj publikację</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Przeznaczone dla dzieci</translation>
    </message>
    <message>
        <source>Allow embedding</source>
        <translation>Zezwalaj na umieszczanie na innych stronach</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Data nagrania</translation>
    </message>
    <message>
        <source>Notify subscribers</source>
        <translation>Powiadom subskrybentów</translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <translation>Przesyłanie nagrania</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tagi rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation>Ludzie i blogi</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Rozrywka</translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation>Wiadomości i polityka</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukacja</translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation>Nauka i technika</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Muzyka</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Gry</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Niepubliczny</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczny</translation>
    </message>
    <message>
        <source>Standard YouTube license</source>
        <translation>Standardowa licencja YouTube</translation>
    </message>
    <message>
        <source>Creative Commons – Attribution</source>
        <translation>Creative Commons – Uznanie autorstwa</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>szerokość geogr.</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>długość geogr.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Wybierz plik do przesłania.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 nie jest plikiem, który można odczytać.</translation>
    </message>
    <message>
        <source>The location needs a latitude (−90…90) and a longitude (−180…180).</source>
        <translation>Lokalizacja wymaga szerokości (−90…90) i długości geograficznej (−180…180).</translation>
    </message>
    <message>
        <source>Publishes at %1 your time; private until then.</source>
        <translation>Publikacja: %1 czasu lokalnego; do tego czasu film jest prywatny.</translation>
    </message>
    <message>
        <source>Recording to upload</source>
        <translation>Nagranie do przesłania</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;All files (*)</source>
        <translation>Filmy (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadsPanel</name>
    <message>
        <source>Upload a recording…</source>
        <translation>Prześlij nagranie…</translation>
    </message>
    <message>
        <source>Upload the recording…</source>
        <translation>Prześlij nagranie programu…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Cancel upload…</source>
        <translation>Anuluj przesyłanie…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Szybkość</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>How many files upload at the same time</source>
        <translation>Liczba plików przesyłanych jednocześnie</translation>
    </message>
    <message>
        <source>The show has ended: upload its recording with the show&apos;s title and description</source>
        <translation>Program się zakończył: prześlij jego nagranie z tytułem i opisem programu</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Jednocześnie</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>przetwarzanie…</translation>
    </message>
    <message>
        <source>Uploaded: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. YouTube processes it now.</source>
        <translation>Przesłano: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. YouTube go teraz przetwarza.</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>przetworzony</translation>
    </message>
    <message>
        <source>not processed: %1</source>
        <translation>nieprzetworzony: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; is processed and ready.</source>
        <translation>Film &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; jest przetworzony i gotowy.</translation>
    </message>
    <message>
        <source>⚠ YouTube did not process &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3. Open it in YouTube Studio to see why.</source>
        <translation>⚠ YouTube nie przetworzył filmu &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3. Otwórz go w YouTube Studio, aby sprawdzić przyczynę.</translation>
    </message>
    <message>
        <source>The show has ended: “Upload the recording…” sends its recording with the show&apos;s title and description.</source>
        <translation>Program się zakończył: „Prześlij nagranie programu…” wyśle jego nagranie z tytułem i opisem programu.</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1% pliku %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Przesłano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%)</source>
        <translation>%1 z %2 MiB (%3%)</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
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
        <translation>Anulować przesyłanie %1? YouTube odrzuci to, co już otrzymał; ponowne przesyłanie zacznie się od początku.</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Anulowanie przesyłania</translation>
    </message>
</context>
</TS>
