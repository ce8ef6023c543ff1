<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BroadcastSession</name>
    <message>
        <source>No stream is bound yet: create or pick a stream and bind it.</source>
        <translation>Aucun flux n&apos;est encore associé : créez ou choisissez un flux et associez-le.</translation>
    </message>
    <message>
        <source>The stream is not receiving data: start the encoder and wait for &quot;active&quot;.</source>
        <translation>Le flux ne reçoit pas de données : démarrez l&apos;encodeur et attendez l&apos;état &quot;active&quot;.</translation>
    </message>
    <message>
        <source>Testing needs the monitor stream, which is off for this broadcast.</source>
        <translation>Le test nécessite le flux de contrôle, qui est désactivé pour cette diffusion.</translation>
    </message>
    <message>
        <source>A transition is already under way: wait for it to finish.</source>
        <translation>Une transition est déjà en cours : attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>The broadcast is already in that state.</source>
        <translation>La diffusion est déjà dans cet état.</translation>
    </message>
    <message>
        <source>YouTube does not allow that step from the current state.</source>
        <translation>YouTube n&apos;autorise pas cette étape depuis l&apos;état actuel.</translation>
    </message>
    <message>
        <source>Auto start and auto stop can change only before the show starts (created or ready). With a test phase, leave them off and go live and end by hand.</source>
        <translation>Le démarrage et l’arrêt automatiques ne peuvent changer qu’avant le début de l’émission (created ou ready). Avec une phase de test, laissez-les désactivés et passez en direct puis terminez à la main.</translation>
    </message>
    <message>
        <source>Auto start can change only while the stream is not receiving data: switch it before the encoder starts, or go live by hand.</source>
        <translation>Le démarrage automatique ne peut changer que tant que le flux ne reçoit pas de données : changez-le avant de lancer l’encodeur, ou passez en direct à la main.</translation>
    </message>
    <message>
        <source>The broadcast has ended: it cannot be tested or go live again.</source>
        <translation>La diffusion est terminée : elle ne peut plus être testée ni repasser à l&apos;antenne.</translation>
    </message>
    <message>
        <source>The Content ID claim is not finished yet: wait for it (see the show rail).</source>
        <translation>La revendication Content ID n&apos;est pas encore terminée : attendez-la (voir les étapes de l&apos;émission).</translation>
    </message>
    <message>
        <source>The Content ID claim failed: retry it or go on without a claim.</source>
        <translation>La revendication Content ID a échoué : réessayez-la ou continuez sans revendication.</translation>
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
        <translation>Usage : onair ctl COMMANDE
  break [SECONDES] [--at HH:MM[:SS] | --offset MS]  placer une coupure publicitaire
  status [--json]     l&apos;état de l&apos;émission
  test                démarrer le test
  live | end | recover   armer l&apos;action (si autorisé dans Paramètres → Contrôle à distance)
  confirm live|end|recover   exécuter l&apos;action armée, sous 5 s
  refresh             lire la diffusion et le flux maintenant
Codes de sortie : 0 effectué, 1 refusé, 2 syntaxe incorrecte, 3 aucun OnAir lancé, 4 ignoré (double appui), 5 armé, 6 non autorisé, 7 trop d&apos;appels, 8 pas de réponse de YouTube.</translation>
    </message>
    <message>
        <source>onair ctl: --at takes HH:MM or HH:MM:SS.</source>
        <translation>onair ctl : --at attend HH:MM ou HH:MM:SS.</translation>
    </message>
    <message>
        <source>onair ctl: --offset takes milliseconds (0 or more).</source>
        <translation>onair ctl : --offset attend des millisecondes (0 ou plus).</translation>
    </message>
    <message>
        <source>onair ctl: &quot;%1&quot; is not a duration in seconds.</source>
        <translation>onair ctl : &quot;%1&quot; n&apos;est pas une durée en secondes.</translation>
    </message>
    <message>
        <source>onair ctl: a break is at a wall time or at an offset, not both.</source>
        <translation>onair ctl : une coupure se place à une heure fixe ou à un décalage, pas les deux.</translation>
    </message>
    <message>
        <source>onair ctl: no OnAir is running (nothing answers on D-Bus as %1).</source>
        <translation>onair ctl : aucun OnAir n&apos;est lancé (rien ne répond sur D-Bus sous le nom %1).</translation>
    </message>
    <message>
        <source>onair ctl: OnAir did not answer: %1</source>
        <translation>onair ctl : OnAir n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>tally: %1</source>
        <translation>tally : %1</translation>
    </message>
    <message>
        <source>broadcast: %1 (%2), stream %3</source>
        <translation>diffusion : %1 (%2), flux %3</translation>
    </message>
    <message>
        <source>ad breaks: can be placed now</source>
        <translation>coupures publicitaires : possibles maintenant</translation>
    </message>
    <message>
        <source>ad breaks: %1</source>
        <translation>coupures publicitaires : %1</translation>
    </message>
    <message>
        <source>an ad break is running</source>
        <translation>une coupure publicitaire est en cours</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The project&apos;s YouTube API quota for today is used up. Nothing more can be changed until it resets at midnight Pacific time; ask for a higher quota in the Google Cloud console.</source>
        <translation>Le quota d&apos;API YouTube du projet est épuisé pour aujourd&apos;hui. Plus rien ne peut être modifié avant sa réinitialisation à minuit, heure du Pacifique ; demandez un quota plus élevé dans la console Google Cloud.</translation>
    </message>
    <message>
        <source>YouTube is receiving requests from OnAir too quickly. Wait a minute, then try again.</source>
        <translation>YouTube reçoit les requêtes d&apos;OnAir trop rapidement. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>This account is sending requests too quickly. Wait a minute, then try again.</source>
        <translation>Ce compte envoie des requêtes trop rapidement. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>This account sent too many requests in a short time. Wait a minute, then try again.</source>
        <translation>Ce compte a envoyé trop de requêtes en peu de temps. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>YouTube did not accept the sign-in. Sign in to the account again.</source>
        <translation>YouTube n&apos;a pas accepté la connexion. Reconnectez-vous au compte.</translation>
    </message>
    <message>
        <source>The sign-in does not grant the access OnAir needs. Sign in again and allow managing your YouTube account.</source>
        <translation>La connexion n&apos;accorde pas l&apos;accès dont OnAir a besoin. Reconnectez-vous et autorisez la gestion de votre compte YouTube.</translation>
    </message>
    <message>
        <source>The YouTube Data API is not enabled for this OAuth client&apos;s project. Enable it in the Google Cloud console, then try again.</source>
        <translation>L&apos;API YouTube Data n&apos;est pas activée pour le projet de ce client OAuth. Activez-la dans la console Google Cloud, puis réessayez.</translation>
    </message>
    <message>
        <source>YouTube refused this action for this channel or in the broadcast&apos;s current state. Check the broadcast&apos;s state and the channel&apos;s permissions.</source>
        <translation>YouTube a refusé cette action pour cette chaîne ou dans l&apos;état actuel de la diffusion. Vérifiez l&apos;état de la diffusion et les autorisations de la chaîne.</translation>
    </message>
    <message>
        <source>YouTube had a temporary internal problem. Try again in a moment.</source>
        <translation>YouTube a rencontré un problème interne temporaire. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>YouTube had an internal error. Try again in a moment; if it persists, check the YouTube status page.</source>
        <translation>YouTube a rencontré une erreur interne. Réessayez dans un instant ; si le problème persiste, consultez la page d&apos;état de YouTube.</translation>
    </message>
    <message>
        <source>YouTube is temporarily unavailable. Try again in a moment.</source>
        <translation>YouTube est temporairement indisponible. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>YouTube rejected the request as malformed. This is likely a bug in OnAir; the event log has the details.</source>
        <translation>YouTube a rejeté la requête comme mal formée. Il s&apos;agit probablement d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>YouTube rejected a value in the request. Check the settings you entered.</source>
        <translation>YouTube a rejeté une valeur de la requête. Vérifiez les paramètres saisis.</translation>
    </message>
    <message>
        <source>YouTube rejected a parameter of the request. This is likely a bug in OnAir; the event log has the details.</source>
        <translation>YouTube a rejeté un paramètre de la requête. Il s&apos;agit probablement d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>A required value is missing from the request. Fill in all required settings and try again.</source>
        <translation>Une valeur obligatoire manque dans la requête. Renseignez tous les paramètres obligatoires et réessayez.</translation>
    </message>
    <message>
        <source>YouTube could not read the request. This is a bug in OnAir; the event log has the details.</source>
        <translation>YouTube n&apos;a pas pu lire la requête. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The upload was sent to the wrong address. This is a bug in OnAir; the event log has the details.</source>
        <translation>L&apos;envoi a été adressé à la mauvaise adresse. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The file is too large for YouTube. Choose a smaller file.</source>
        <translation>Le fichier est trop volumineux pour YouTube. Choisissez un fichier plus petit.</translation>
    </message>
    <message>
        <source>The request combined options YouTube does not allow together. This is a bug in OnAir; the event log has the details.</source>
        <translation>La requête combinait des options que YouTube n&apos;autorise pas ensemble. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The list request used an invalid filter. This is a bug in OnAir; the event log has the details.</source>
        <translation>La requête de liste utilisait un filtre non valide. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The list page is no longer valid. Refresh the list.</source>
        <translation>La page de la liste n&apos;est plus valide. Actualisez la liste.</translation>
    </message>
    <message>
        <source>The request lacks a required parameter. This is a bug in OnAir; the event log has the details.</source>
        <translation>Il manque un paramètre obligatoire à la requête. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The request has a parameter YouTube does not accept. This is a bug in OnAir; the event log has the details.</source>
        <translation>La requête contient un paramètre que YouTube n&apos;accepte pas. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The request asked for a part YouTube does not know. This is a bug in OnAir; the event log has the details.</source>
        <translation>La requête demandait une partie (part) que YouTube ne connaît pas. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>This Google account may not act for the selected channel. Sign in with the channel&apos;s owner or a manager.</source>
        <translation>Ce compte Google ne peut pas agir pour la chaîne sélectionnée. Connectez-vous avec le propriétaire ou un gestionnaire de la chaîne.</translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is closed. Sign in with another account.</source>
        <translation>Le compte YouTube avec lequel vous êtes connecté est fermé. Connectez-vous avec un autre compte.</translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is suspended. Sign in with another account.</source>
        <translation>Le compte YouTube avec lequel vous êtes connecté est suspendu. Connectez-vous avec un autre compte.</translation>
    </message>
    <message>
        <source>A YouTube limit for this account has been reached. Wait, or remove old items, then try again.</source>
        <translation>Une limite YouTube a été atteinte pour ce compte. Patientez ou supprimez d&apos;anciens éléments, puis réessayez.</translation>
    </message>
    <message>
        <source>YouTube could not find the requested item. It may have been deleted; refresh the list.</source>
        <translation>YouTube n&apos;a pas trouvé l&apos;élément demandé. Il a peut-être été supprimé ; actualisez la liste.</translation>
    </message>
    <message>
        <source>The item was changed elsewhere at the same time. Refresh and try again.</source>
        <translation>L&apos;élément a été modifié ailleurs au même moment. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>This item already exists. Refresh the list before creating it again.</source>
        <translation>Cet élément existe déjà. Actualisez la liste avant de le créer à nouveau.</translation>
    </message>
    <message>
        <source>Too many uploads in a short time. Wait a few minutes, then try again.</source>
        <translation>Trop d&apos;envois en peu de temps. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The monitor stream can only be switched on or off before testing starts.</source>
        <translation>Le flux de contrôle ne peut être activé ou désactivé qu&apos;avant le début du test.</translation>
    </message>
    <message>
        <source>DVR can only be changed before testing starts.</source>
        <translation>Le DVR ne peut être modifié qu&apos;avant le début du test.</translation>
    </message>
    <message>
        <source>Recording can only be changed before testing starts.</source>
        <translation>L&apos;enregistrement ne peut être modifié qu&apos;avant le début du test.</translation>
    </message>
    <message>
        <source>This channel cannot embed live broadcasts. Switch embedding off for this broadcast.</source>
        <translation>Cette chaîne ne peut pas intégrer de diffusions en direct. Désactivez l&apos;intégration pour cette diffusion.</translation>
    </message>
    <message>
        <source>Auto-start can only be changed before testing while the stream is not receiving data.</source>
        <translation>Le démarrage automatique ne peut être modifié qu&apos;avant le test, tant que le flux ne reçoit pas de données.</translation>
    </message>
    <message>
        <source>Auto-stop can only be changed before testing starts.</source>
        <translation>L&apos;arrêt automatique ne peut être modifié qu&apos;avant le début du test.</translation>
    </message>
    <message>
        <source>Auto-start cannot be used with this broadcast. Switch auto-start off.</source>
        <translation>Le démarrage automatique ne peut pas être utilisé avec cette diffusion. Désactivez-le.</translation>
    </message>
    <message>
        <source>Auto-stop cannot be used with this broadcast. Switch auto-stop off.</source>
        <translation>L&apos;arrêt automatique ne peut pas être utilisé avec cette diffusion. Désactivez-le.</translation>
    </message>
    <message>
        <source>Closed captions can only be changed before testing starts.</source>
        <translation>Les sous-titres codés ne peuvent être modifiés qu&apos;avant le début du test.</translation>
    </message>
    <message>
        <source>The closed-caption settings contradict each other. Choose one caption type.</source>
        <translation>Les paramètres de sous-titres codés se contredisent. Choisissez un seul type de sous-titres.</translation>
    </message>
    <message>
        <source>This latency does not fit the other settings (ultra-low latency rules out captions, 1440p and 4K). Choose another latency.</source>
        <translation>Cette latence n&apos;est pas compatible avec les autres paramètres (la latence ultra-faible exclut les sous-titres, le 1440p et la 4K). Choisissez une autre latence.</translation>
    </message>
    <message>
        <source>This broadcast cannot use that projection. Choose rectangular.</source>
        <translation>Cette diffusion ne peut pas utiliser cette projection. Choisissez Rectangulaire.</translation>
    </message>
    <message>
        <source>A title is required. Enter one.</source>
        <translation>Un titre est obligatoire. Saisissez-en un.</translation>
    </message>
    <message>
        <source>A scheduled start time is required. Enter one.</source>
        <translation>Une heure de début prévue est obligatoire. Saisissez-en une.</translation>
    </message>
    <message>
        <source>A privacy setting is required. Choose public, unlisted or private.</source>
        <translation>Un paramètre de confidentialité est obligatoire. Choisissez Publique, Non répertoriée ou Privée.</translation>
    </message>
    <message>
        <source>A scheduled end time is required. Enter one.</source>
        <translation>Une heure de fin prévue est obligatoire. Saisissez-en une.</translation>
    </message>
    <message>
        <source>The title is not valid (it must be 1 to 100 characters for a broadcast). Shorten or fill it in.</source>
        <translation>Le titre n&apos;est pas valide (il doit comporter de 1 à 100 caractères pour une diffusion). Raccourcissez-le ou renseignez-le.</translation>
    </message>
    <message>
        <source>The description is too long. Shorten it.</source>
        <translation>La description est trop longue. Raccourcissez-la.</translation>
    </message>
    <message>
        <source>The scheduled start time must be in the future and not too far ahead. Pick another time.</source>
        <translation>L&apos;heure de début prévue doit être dans le futur, sans être trop lointaine. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The scheduled end time must be after the start time. Pick another time.</source>
        <translation>L&apos;heure de fin prévue doit être postérieure à l&apos;heure de début. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>That privacy setting is not valid. Choose public, unlisted or private.</source>
        <translation>Ce paramètre de confidentialité n&apos;est pas valide. Choisissez Publique, Non répertoriée ou Privée.</translation>
    </message>
    <message>
        <source>This account may not manage live broadcasts. Check the channel&apos;s live streaming permissions.</source>
        <translation>Ce compte ne peut pas gérer de diffusions en direct. Vérifiez les autorisations de diffusion en direct de la chaîne.</translation>
    </message>
    <message>
        <source>Live streaming is blocked for this channel. See YouTube Studio for the reason.</source>
        <translation>La diffusion en direct est bloquée pour cette chaîne. Consultez YouTube Studio pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Live streaming is not enabled for this channel. Enable it in YouTube Studio (it can take 24 hours).</source>
        <translation>La diffusion en direct n&apos;est pas activée pour cette chaîne. Activez-la dans YouTube Studio (cela peut prendre 24 heures).</translation>
    </message>
    <message>
        <source>This channel has too many scheduled broadcasts. Delete some, then try again.</source>
        <translation>Cette chaîne a trop de diffusions programmées. Supprimez-en quelques-unes, puis réessayez.</translation>
    </message>
    <message>
        <source>The monitor stream setting is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation>Le paramètre du flux de contrôle manque dans la mise à jour. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The broadcast delay is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation>Le délai de diffusion manque dans la mise à jour. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>No broadcast or stream was given. Select one and try again.</source>
        <translation>Aucune diffusion ni aucun flux n&apos;a été indiqué. Sélectionnez-en un et réessayez.</translation>
    </message>
    <message>
        <source>No target state was given for the transition. This is a bug in OnAir; the event log has the details.</source>
        <translation>Aucun état cible n&apos;a été indiqué pour la transition. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The broadcast no longer exists on YouTube. Refresh the list and pick or create another.</source>
        <translation>La diffusion n&apos;existe plus sur YouTube. Actualisez la liste et choisissez-en ou créez-en une autre.</translation>
    </message>
    <message>
        <source>The broadcast is already in that state, or on its way there.</source>
        <translation>La diffusion est déjà dans cet état, ou en train d&apos;y passer.</translation>
    </message>
    <message>
        <source>The broadcast cannot move to that state from its current one. Refresh to see where it is.</source>
        <translation>La diffusion ne peut pas passer à cet état depuis son état actuel. Actualisez pour voir où elle en est.</translation>
    </message>
    <message>
        <source>The stream is not receiving data. Start the encoder, wait until the stream shows active, then try again.</source>
        <translation>Le flux ne reçoit pas de données. Démarrez l&apos;encodeur, attendez que le flux indique active, puis réessayez.</translation>
    </message>
    <message>
        <source>YouTube could not carry out the transition. Try again; if the broadcast stays stuck, use the recovery.</source>
        <translation>YouTube n&apos;a pas pu effectuer la transition. Réessayez ; si la diffusion reste bloquée, utilisez la récupération.</translation>
    </message>
    <message>
        <source>A stream cannot be bound or unbound in the broadcast&apos;s current state.</source>
        <translation>Un flux ne peut pas être associé ou dissocié dans l&apos;état actuel de la diffusion.</translation>
    </message>
    <message>
        <source>The stream no longer exists on YouTube. Pick or create another.</source>
        <translation>Le flux n&apos;existe plus sur YouTube. Choisissez-en ou créez-en un autre.</translation>
    </message>
    <message>
        <source>The broadcast cannot be deleted in its current state. End it first.</source>
        <translation>La diffusion ne peut pas être supprimée dans son état actuel. Terminez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The ad break has no type. This is a bug in OnAir; the event log has the details.</source>
        <translation>La coupure publicitaire n&apos;a pas de type. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>An ad break can have an offset or a wall-clock time, not both. This is a bug in OnAir; the event log has the details.</source>
        <translation>Une coupure publicitaire peut avoir un décalage ou une heure fixe, pas les deux. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The ad break&apos;s offset is not valid (outside the window the broadcast delay allows). Fire it again closer to now.</source>
        <translation>Le décalage de la coupure publicitaire n&apos;est pas valide (hors de la fenêtre permise par le délai de diffusion). Relancez-la plus près de l&apos;instant présent.</translation>
    </message>
    <message>
        <source>The ad break&apos;s time is not valid. Choose another time.</source>
        <translation>L&apos;heure de la coupure publicitaire n&apos;est pas valide. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The stream&apos;s ingestion settings are missing. Choose an ingestion type, resolution and frame rate.</source>
        <translation>Les paramètres d&apos;ingestion du flux manquent. Choisissez un type d&apos;ingestion, une résolution et une fréquence d&apos;images.</translation>
    </message>
    <message>
        <source>The stream needs an ingestion type. Choose one (RTMP is the usual).</source>
        <translation>Le flux nécessite un type d&apos;ingestion. Choisissez-en un (RTMP est le plus courant).</translation>
    </message>
    <message>
        <source>The stream needs a frame rate with its resolution. Choose one.</source>
        <translation>Le flux nécessite une fréquence d&apos;images avec sa résolution. Choisissez-en une.</translation>
    </message>
    <message>
        <source>The stream needs a resolution with its frame rate. Choose one.</source>
        <translation>Le flux nécessite une résolution avec sa fréquence d&apos;images. Choisissez-en une.</translation>
    </message>
    <message>
        <source>The stream format field is no longer accepted. This is a bug in OnAir; the event log has the details.</source>
        <translation>Le champ de format du flux n&apos;est plus accepté. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>That frame rate is not valid for a stream. Choose 30fps, 60fps or variable.</source>
        <translation>Cette fréquence d&apos;images n&apos;est pas valide pour un flux. Choisissez 30fps, 60fps ou variable.</translation>
    </message>
    <message>
        <source>That ingestion type is not valid. Choose RTMP, DASH, WebRTC or HLS.</source>
        <translation>Ce type d&apos;ingestion n&apos;est pas valide. Choisissez RTMP, DASH, WebRTC ou HLS.</translation>
    </message>
    <message>
        <source>That resolution is not valid for a stream. Choose another.</source>
        <translation>Cette résolution n&apos;est pas valide pour un flux. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This stream cannot be changed now (resolution, frame rate and ingestion type are fixed once created). Create a new stream instead.</source>
        <translation>Ce flux ne peut pas être modifié maintenant (la résolution, la fréquence d&apos;images et le type d&apos;ingestion sont fixés à la création). Créez plutôt un nouveau flux.</translation>
    </message>
    <message>
        <source>The stream is bound to a broadcast that has not ended. End or unbind the broadcast first.</source>
        <translation>Le flux est associé à une diffusion qui n&apos;est pas terminée. Terminez ou dissociez d&apos;abord la diffusion.</translation>
    </message>
    <message>
        <source>A default language is needed for the localized titles. Set the video&apos;s language.</source>
        <translation>Une langue par défaut est nécessaire pour les titres localisés. Définissez la langue de la vidéo.</translation>
    </message>
    <message>
        <source>That category does not exist. Choose another category.</source>
        <translation>Cette catégorie n&apos;existe pas. Choisissez une autre catégorie.</translation>
    </message>
    <message>
        <source>That privacy setting is not allowed for this video. Choose another.</source>
        <translation>Ce paramètre de confidentialité n&apos;est pas autorisé pour cette vidéo. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The scheduled publishing time is not valid. Choose another time.</source>
        <translation>L&apos;heure de publication programmée n&apos;est pas valide. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The recording details are not valid. Check them.</source>
        <translation>Les détails de l&apos;enregistrement ne sont pas valides. Vérifiez-les.</translation>
    </message>
    <message>
        <source>The tags are not valid (too long in total, or with forbidden characters). Shorten them.</source>
        <translation>Les tags ne sont pas valides (trop longs au total, ou contenant des caractères interdits). Raccourcissez-les.</translation>
    </message>
    <message>
        <source>The video&apos;s details are not valid. Check the title, description and tags.</source>
        <translation>Les détails de la vidéo ne sont pas valides. Vérifiez le titre, la description et les tags.</translation>
    </message>
    <message>
        <source>This video may not change its embedding setting. Leave it as it is.</source>
        <translation>Cette vidéo ne peut pas modifier son paramètre d&apos;intégration. Laissez-le tel quel.</translation>
    </message>
    <message>
        <source>This video may not use that licence. Leave it as it is.</source>
        <translation>Cette vidéo ne peut pas utiliser cette licence. Laissez-la telle quelle.</translation>
    </message>
    <message>
        <source>This video may not use that privacy setting. Choose another.</source>
        <translation>Cette vidéo ne peut pas utiliser ce paramètre de confidentialité. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The video no longer exists on YouTube. Refresh the list.</source>
        <translation>La vidéo n&apos;existe plus sur YouTube. Actualisez la liste.</translation>
    </message>
    <message>
        <source>YouTube could not use this image. Choose a JPEG or PNG within the size limit.</source>
        <translation>YouTube n&apos;a pas pu utiliser cette image. Choisissez un fichier JPEG ou PNG respectant la taille maximale.</translation>
    </message>
    <message>
        <source>No image was sent. Choose an image and try again.</source>
        <translation>Aucune image n&apos;a été envoyée. Choisissez une image et réessayez.</translation>
    </message>
    <message>
        <source>Too many thumbnail uploads in a short time. Wait a few minutes, then try again.</source>
        <translation>Trop d&apos;envois de miniatures en peu de temps. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in to the account again.</source>
        <translation>La connexion a expiré ou a été révoquée. Reconnectez-vous au compte.</translation>
    </message>
    <message>
        <source>Google does not know this OAuth client, or its secret is wrong. Import the client_secret.json of a Desktop app again.</source>
        <translation>Google ne connaît pas ce client OAuth, ou son secret est incorrect. Importez à nouveau le client_secret.json d&apos;une application de bureau.</translation>
    </message>
    <message>
        <source>This OAuth client may not sign in this way. Use a client of type Desktop app.</source>
        <translation>Ce client OAuth ne peut pas se connecter de cette manière. Utilisez un client de type Application de bureau.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in request. Try again; if it persists, import the client_secret.json again.</source>
        <translation>Google a rejeté la demande de connexion. Réessayez ; si le problème persiste, importez à nouveau le client_secret.json.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in request type. This is a bug in OnAir; the event log has the details.</source>
        <translation>Google a rejeté le type de demande de connexion. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>Google rejected the requested permissions. This is a bug in OnAir; the event log has the details.</source>
        <translation>Google a rejeté les autorisations demandées. Il s&apos;agit d&apos;un bogue d&apos;OnAir ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The sign-in token is not valid any more. Sign in to the account again.</source>
        <translation>Le jeton de connexion n&apos;est plus valide. Reconnectez-vous au compte.</translation>
    </message>
    <message>
        <source>OnAir could not open the web browser for sign-in. Set a default browser, then try again.</source>
        <translation>OnAir n&apos;a pas pu ouvrir le navigateur web pour la connexion. Définissez un navigateur par défaut, puis réessayez.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled in the browser. Sign in again and allow access.</source>
        <translation>La connexion a été annulée dans le navigateur. Reconnectez-vous et autorisez l&apos;accès.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator does not allow this app. Ask them, or use another account.</source>
        <translation>L&apos;administrateur de votre organisation n&apos;autorise pas cette application. Demandez-lui, ou utilisez un autre compte.</translation>
    </message>
    <message>
        <source>Google refused the browser used for sign-in. Sign in with your usual system browser.</source>
        <translation>Google a refusé le navigateur utilisé pour la connexion. Connectez-vous avec votre navigateur système habituel.</translation>
    </message>
    <message>
        <source>This OAuth client is limited to its own organisation. Use an account of that organisation, or another client.</source>
        <translation>Ce client OAuth est limité à sa propre organisation. Utilisez un compte de cette organisation, ou un autre client.</translation>
    </message>
    <message>
        <source>This OAuth client was deleted. Create a Desktop app client and import its client_secret.json.</source>
        <translation>Ce client OAuth a été supprimé. Créez un client de type Application de bureau et importez son client_secret.json.</translation>
    </message>
    <message>
        <source>Google rejected the sign-in address. Make sure the OAuth client is of type Desktop app.</source>
        <translation>Google a rejeté l&apos;adresse de connexion. Vérifiez que le client OAuth est de type Application de bureau.</translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Create a channel or sign in with another account.</source>
        <translation>Ce compte Google n&apos;a pas de chaîne YouTube. Créez une chaîne ou connectez-vous avec un autre compte.</translation>
    </message>
    <message>
        <source>OnAir could not reach YouTube. Check the network connection, then try again.</source>
        <translation>OnAir n&apos;a pas pu joindre YouTube. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>YouTube did not answer in time. Check the network connection, then try again.</source>
        <translation>YouTube n&apos;a pas répondu à temps. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>YouTube&apos;s answer could not be read. Try again; the event log has the details.</source>
        <translation>La réponse de YouTube est illisible. Réessayez ; le journal des événements contient les détails.</translation>
    </message>
    <message>
        <source>The account is signed out. Sign in again to continue; nothing was lost.</source>
        <translation>Le compte est déconnecté. Reconnectez-vous pour continuer ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The request reached YouTube but no answer came back, so OnAir cannot tell whether it took effect. Check the broadcast before trying again.</source>
        <translation>La requête est parvenue à YouTube mais aucune réponse n&apos;est revenue : OnAir ne peut pas savoir si elle a pris effet. Vérifiez la diffusion avant de réessayer.</translation>
    </message>
    <message>
        <source>YouTube did not create the item (the answer was lost and nothing matching exists). Try again.</source>
        <translation>YouTube n&apos;a pas créé l&apos;élément (la réponse a été perdue et aucun élément correspondant n&apos;existe). Réessayez.</translation>
    </message>
    <message>
        <source>Sign-in took too long in the browser. Start it again.</source>
        <translation>La connexion a pris trop de temps dans le navigateur. Recommencez-la.</translation>
    </message>
    <message>
        <source>The browser answered for another sign-in attempt. Start sign-in again.</source>
        <translation>Le navigateur a répondu pour une autre tentative de connexion. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Access was granted without the YouTube permission OnAir needs. Sign in again and tick every box.</source>
        <translation>L&apos;accès a été accordé sans l&apos;autorisation YouTube dont OnAir a besoin. Reconnectez-vous et cochez toutes les cases.</translation>
    </message>
    <message>
        <source>This file is not a Google client_secret.json for a Desktop app. Download it again from the Google Cloud console.</source>
        <translation>Ce fichier n&apos;est pas un client_secret.json Google pour une application de bureau. Téléchargez-le à nouveau depuis la console Google Cloud.</translation>
    </message>
    <message>
        <source>YouTube refused the request.</source>
        <translation>YouTube a refusé la requête.</translation>
    </message>
    <message>
        <source>YouTube could not find the item. Refresh the list.</source>
        <translation>YouTube n&apos;a pas trouvé l&apos;élément. Actualisez la liste.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a minute, then try again.</source>
        <translation>Trop de requêtes en peu de temps. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>YouTube had a problem on its side. Try again in a moment.</source>
        <translation>YouTube a rencontré un problème de son côté. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>YouTube rejected the request.</source>
        <translation>YouTube a rejeté la requête.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>YouTube said: &quot;%1&quot;</source>
        <translation>Réponse de YouTube : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <translation>(motif : %1)</translation>
    </message>
    <message>
        <source>The ad break was not sent: YouTube could not be reached in time and a later break would be misplaced. Press again if it is still wanted.</source>
        <translation>La coupure publicitaire n’a pas été envoyée : YouTube n’a pas pu être joint à temps et une coupure plus tardive serait mal placée. Appuyez à nouveau si elle est toujours voulue.</translation>
    </message>
    <message>
        <source>This channel has reached YouTube&apos;s limit of uploads for now. Start the upload again tomorrow.</source>
        <translation>Cette chaîne a atteint pour l&apos;instant la limite de mises en ligne de YouTube. Relancez la mise en ligne demain.</translation>
    </message>
    <message>
        <source>This account manages more than one Content ID owner. Choose the owner to act for, then try again.</source>
        <translation>Ce compte gère plusieurs propriétaires de contenu Content ID. Choisissez celui pour lequel agir, puis réessayez.</translation>
    </message>
    <message>
        <source>Content ID cannot make the reference yet: it needs the broadcast&apos;s recording (record from start) once it is processed, unless the owner is approved for live delivery. OnAir can create it after the show.</source>
        <translation>Content ID ne peut pas encore créer la référence : il lui faut l&apos;enregistrement de la diffusion (enregistrer depuis le début) une fois traité, sauf si le propriétaire est approuvé pour la livraison en direct. OnAir peut la créer après l&apos;émission.</translation>
    </message>
    <message>
        <source>Content ID does not accept a service account. Sign in with a Google account linked to the content owner.</source>
        <translation>Content ID n&apos;accepte pas les comptes de service. Connectez-vous avec un compte Google associé au propriétaire de contenu.</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>Runs the announcement queue with no window.</source>
        <translation>Exécute la file des annonces sans fenêtre.</translation>
    </message>
    <message>
        <source>Run with no window.</source>
        <translation>Exécuter sans fenêtre.</translation>
    </message>
    <message>
        <source>The announcement queue&apos;s database (default %1).</source>
        <translation>La base de données de la file des annonces (par défaut %1).</translation>
    </message>
    <message>
        <source>Leave once nothing is pending or being sent.</source>
        <translation>Quitter dès que plus rien n&apos;est en attente ni en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Send a post at most this many minutes late (default 15); later ones are held for the operator.</source>
        <translation>Envoyer une publication avec au plus ce nombre de minutes de retard (15 par défaut) ; au-delà, elle est retenue pour l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Queue row %1 cannot be read and is left as it is: %2</source>
        <translation>La ligne %1 de la file est illisible et reste telle quelle : %2</translation>
    </message>
    <message>
        <source>Running the announcement queue %1.</source>
        <translation>Exécution de la file des annonces %1.</translation>
    </message>
    <message>
        <source>For the sandbox&apos;s uploads, use a running sandbox, given its ready line (JSON).</source>
        <translation>Pour les envois du bac à sable, utiliser un bac à sable déjà lancé, donné par sa ligne « prêt » (JSON).</translation>
    </message>
</context>
<context>
    <name>HeadlessUploads</name>
    <message>
        <source>--sandbox-ready: %1</source>
        <translation>--sandbox-ready : %1</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>The uploads of %1 wait: the account is signed out; sign in from OnAir&apos;s window.</source>
        <translation>Les envois de %1 attendent : le compte est déconnecté ; connectez-vous depuis la fenêtre d&apos;OnAir.</translation>
    </message>
    <message>
        <source>upload %1 (%2): %3</source>
        <translation>envoi %1 (%2) : %3</translation>
    </message>
    <message>
        <source>upload %1: %2%</source>
        <translation>envoi %1 : %2 %</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Cannot sign in to the sandbox: %1</source>
        <translation>Impossible de se connecter au bac à sable : %1</translation>
    </message>
</context>
<context>
    <name>ShowStages</name>
    <message>
        <source>No Content ID owner for this channel.</source>
        <translation>Cette chaîne n’a pas de propriétaire de contenu Content ID.</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Non disponible dans cette version.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Mise en ligne</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
</context>
<context>
    <name>ThumbnailReader</name>
    <message>
        <source>Cannot read the thumbnail %1: %2</source>
        <translation>Impossible de lire la miniature %1 : %2</translation>
    </message>
    <message>
        <source>The thumbnail %1 is larger than %2 MB.</source>
        <translation>La miniature %1 dépasse %2 Mo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A control room for YouTube Live</source>
        <translation>Une régie pour YouTube Live</translation>
    </message>
    <message>
        <source>Rehearse against a local sandbox started by OnAir.</source>
        <translation>Répéter avec un bac à sable local lancé par OnAir.</translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation>Utiliser un bac à sable déjà lancé, à partir de sa ligne « ready » (JSON).</translation>
    </message>
    <message>
        <source>Open this broadcast (its id) once signed in.</source>
        <translation>Ouvrir cette diffusion (son identifiant) une fois connecté.</translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts (default %1).</source>
        <translation>La racine de l&apos;API YouTube pour les comptes Google (par défaut %1).</translation>
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
        <translation>Le compte de cette publication n&apos;existe plus ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>Accepted by Telegram; the message id is not known yet.</source>
        <translation>Acceptée par Telegram ; l&apos;identifiant du message n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>Edited message %1.</source>
        <translation>Message %1 modifié.</translation>
    </message>
    <message>
        <source>Posted as message %1.</source>
        <translation>Publiée (message %1).</translation>
    </message>
    <message>
        <source>No answer from Telegram (%1): the post may be in the channel.</source>
        <translation>Pas de réponse de Telegram (%1) : la publication est peut-être dans la chaîne.</translation>
    </message>
    <message>
        <source>Telegram refused: %1</source>
        <translation>Refus de Telegram : %1</translation>
    </message>
    <message>
        <source>Instagram did not make the post&apos;s container: %1</source>
        <translation>Instagram n&apos;a pas créé le conteneur de la publication : %1</translation>
    </message>
    <message>
        <source>Container %1 made.</source>
        <translation>Conteneur %1 créé.</translation>
    </message>
    <message>
        <source>The container&apos;s status could not be read: %1</source>
        <translation>L&apos;état du conteneur n&apos;a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Instagram was still processing the image after %n check(s); nothing was published.</source>
        <translation>
            <numerusform>Instagram traitait encore l&apos;image après %n vérification ; rien n&apos;a été publié.</numerusform>
            <numerusform>Instagram traitait encore l&apos;image après %n vérifications ; rien n&apos;a été publié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram could not use the container (%1); a new one will be made.</source>
        <translation>Instagram n&apos;a pas pu utiliser le conteneur (%1) ; un nouveau conteneur sera créé.</translation>
    </message>
    <message>
        <source>Instagram&apos;s publishing limit (%1 in 24 h) is reached; the post waits for the window to move.</source>
        <translation>La limite de publication d&apos;Instagram (%1 par 24 h) est atteinte ; la publication attend que la fenêtre de 24 h se décale.</translation>
    </message>
    <message>
        <source>Published as media %1.</source>
        <translation>Publiée (média %1).</translation>
    </message>
    <message>
        <source>Instagram did not publish: %1</source>
        <translation>Instagram n&apos;a pas publié : %1</translation>
    </message>
    <message>
        <source>The container was already published (media %1); not published again.</source>
        <translation>Le conteneur était déjà publié (média %1) ; il n&apos;est pas publié une seconde fois.</translation>
    </message>
    <message>
        <source>The container was already published; not published again (its media id could not be told).</source>
        <translation>Le conteneur était déjà publié ; il n&apos;est pas publié une seconde fois (l&apos;identifiant de son média n&apos;a pas pu être déterminé).</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 failed; next attempt at %3.</source>
        <translation>Échec de la tentative %1 sur %2 ; prochaine tentative à %3.</translation>
    </message>
    <message>
        <source>Not sent again by itself: look at the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>Pas de renvoi automatique : regardez la chaîne, puis choisissez &quot;Bien publiée&quot; ou &quot;Renvoyer&quot;.</translation>
    </message>
    <message>
        <source>Held: the account&apos;s token was refused.</source>
        <translation>Retenue : le jeton du compte a été refusé.</translation>
    </message>
    <message>
        <source>Not executed (flood control): waiting %1 s, not counted as an attempt (wait %2 of at most %3 in a row); next attempt at %4.</source>
        <translation>Non exécuté (limitation anti-flood) : attente de %1 s, non comptée comme tentative (attente %2 sur au plus %3 d&apos;affilée) ; prochaine tentative à %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n flood wait(s) in a row: this one counts as an attempt.</source>
        <translation>
            <numerusform>%n attente anti-flood d&apos;affilée : celle-ci compte comme une tentative.</numerusform>
            <numerusform>%n attentes anti-flood d&apos;affilée : celle-ci compte comme une tentative.</numerusform>
        </translation>
    </message>
    <message>
        <source>The container could not be written to the queue before publishing, so nothing was published: %1</source>
        <translation>Le conteneur n&apos;a pas pu être écrit dans la file avant la publication ; rien n&apos;a donc été publié : %1</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementQueueModel</name>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Waiting to retry (attempt %1 of %2)</source>
        <translation>En attente d&apos;une nouvelle tentative (tentative %1 sur %2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>⚠ UNCONFIRMED</source>
        <translation>⚠ NON CONFIRMÉE</translation>
    </message>
    <message>
        <source>⚠ LATE, held</source>
        <translation>⚠ EN RETARD, retenue</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementScheduler</name>
    <message>
        <source>Held: it was due at %1 and OnAir was not running then. Send it now or cancel it.</source>
        <translation>Retenue : elle devait partir à %1 et OnAir n&apos;était pas lancé à ce moment-là. Envoyez-la maintenant ou annulez-la.</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementSpec</name>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>expected an account id</source>
        <translation>identifiant de compte attendu</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>chaîne de caractères non vide attendue</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>date et heure ISO 8601 attendues</translation>
    </message>
    <message>
        <source>expected a whole number of minutes up to a week</source>
        <translation>nombre entier de minutes attendu, une semaine au maximum</translation>
    </message>
    <message>
        <source>expected the trigger of an earlier post</source>
        <translation>déclencheur d&apos;une publication précédente attendu</translation>
    </message>
    <message>
        <source>expected at, beforeStart, live, complete, recordingProcessed, uploadProcessed or uploadPublished, got &quot;%1&quot;</source>
        <translation>at, beforeStart, live, complete, recordingProcessed, uploadProcessed ou uploadPublished attendu, « %1 » reçu</translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementStore</name>
    <message>
        <source>The announcement queue %1 could not be opened: %2</source>
        <translation>La file des annonces %1 n&apos;a pas pu être ouverte : %2</translation>
    </message>
    <message>
        <source>%1 is not an announcement queue; it was left untouched.</source>
        <translation>%1 n&apos;est pas une file d&apos;annonces ; rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer OnAir; it was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;OnAir ; rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>plateforme inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the post is not a JSON object (%1)</source>
        <translation>la publication n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>état inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a pending post without a time</source>
        <translation>une publication en attente sans heure</translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: it may be in the channel. Look, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>OnAir s&apos;est arrêté pendant l&apos;envoi de cette publication : elle est peut-être dans la chaîne. Regardez, puis choisissez &quot;Bien publiée&quot; ou &quot;Renvoyer&quot;.</translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: the container&apos;s status will say whether it went out.</source>
        <translation>OnAir s&apos;est arrêté pendant l&apos;envoi de cette publication : l&apos;état du conteneur indiquera si elle est partie.</translation>
    </message>
</context>
<context>
    <name>onair::Announcements</name>
    <message>
        <source>The announcement queue is run by another OnAir (process %1).</source>
        <translation>La file des annonces est gérée par une autre instance d&apos;OnAir (processus %1).</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Annulée par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Retried by the operator.</source>
        <translation>Nouvelle tentative demandée par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The operator saw the post in the channel (&quot;It&apos;s there&quot;).</source>
        <translation>L&apos;opérateur a vu la publication dans la chaîne (&quot;Bien publiée&quot;).</translation>
    </message>
    <message>
        <source>The operator found no post and asked to send it again.</source>
        <translation>L&apos;opérateur n&apos;a trouvé aucune publication et a demandé de la renvoyer.</translation>
    </message>
    <message>
        <source>Sent late at the operator&apos;s word.</source>
        <translation>Envoyée en retard à la demande de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>A due post could not be marked as being sent, so it was not sent; OnAir tries again in a few seconds: %1</source>
        <translation>Une publication due n&apos;a pas pu être marquée comme en cours d&apos;envoi ; elle n&apos;a donc pas été envoyée. OnAir réessaie dans quelques secondes : %1</translation>
    </message>
    <message>
        <source>Edited by the operator.</source>
        <translation>Modifiée par l&apos;opérateur.</translation>
    </message>
</context>
<context>
    <name>onair::AppController</name>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Waiting for consent…</source>
        <translation>En attente du consentement…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Déconnecté : %1</translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Compte Google</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a desktop-app client_secret.json: %2</source>
        <translation>%1 n&apos;est pas un client_secret.json d&apos;application de bureau : %2</translation>
    </message>
    <message>
        <source>Opening the browser for Google&apos;s consent page…</source>
        <translation>Ouverture du navigateur sur la page de consentement de Google…</translation>
    </message>
    <message>
        <source>No Google account yet: rehearsing on the local sandbox. Account → Add Google account… signs in with your client_secret.json.</source>
        <translation>Pas encore de compte Google : répétition dans le bac à sable local. Compte → Ajouter un compte Google… se connecte avec votre client_secret.json.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; OnAir signs in by itself once it is ready.</source>
        <translation>Le bac à sable démarre encore ; OnAir se connecte tout seul dès qu’il est prêt.</translation>
    </message>
    <message>
        <source>No account to sign in to: Account → Add Google account… first.</source>
        <translation>Aucun compte auquel se connecter : d’abord Compte → Ajouter un compte Google….</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Bac à sable : %1</translation>
    </message>
    <message>
        <source>Switched to %1 (%2)</source>
        <translation>Passé à %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Signed out of %1: access revoked, no secret kept. Add the account again with its client_secret.json to use it.</source>
        <translation>Déconnecté de %1 : accès révoqué, aucun secret conservé. Ajoutez à nouveau le compte avec son client_secret.json pour l’utiliser.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retrait du compte</translation>
    </message>
    <message>
        <source>The sandbox is not an account to remove: start OnAir with a Google account instead.</source>
        <translation>Le bac à sable n’est pas un compte à retirer : lancez plutôt OnAir avec un compte Google.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Mise en ligne</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Content ID</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>The headless runner stopped: this window now runs the announcement queue.</source>
        <translation>Le processus sans fenêtre s&apos;est arrêté : cette fenêtre gère désormais la file des annonces.</translation>
    </message>
</context>
<context>
    <name>onair::BreakController</name>
    <message>
        <source>No broadcast: create or open one first.</source>
        <translation>Aucune diffusion : créez-en ou ouvrez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>The broadcast has ended: ad breaks can no longer be placed.</source>
        <translation>La diffusion est terminée : il n&apos;est plus possible de placer des coupures publicitaires.</translation>
    </message>
    <message>
        <source>Ad breaks can be placed only while the broadcast is live (it is %1).</source>
        <translation>Les coupures publicitaires ne peuvent être placées que pendant que la diffusion est en direct (état actuel : %1).</translation>
    </message>
    <message>
        <source>Ad break</source>
        <translation>Coupure publicitaire</translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s)</source>
        <translation>Coupure publicitaire %1 placée (%2 s)</translation>
    </message>
    <message>
        <source>No answer from YouTube: the ad break may or may not have been placed. It is not sent again.</source>
        <translation>Aucune réponse de YouTube : la coupure publicitaire a peut-être été placée, ou peut-être pas. Elle n&apos;est pas renvoyée.</translation>
    </message>
    <message>
        <source>YouTube refused the ad break: %1</source>
        <translation>YouTube a refusé la coupure publicitaire : %1</translation>
    </message>
    <message>
        <source>The stream&apos;s status is not known yet: ad breaks can be placed once it reads active.</source>
        <translation>L’état du flux n’est pas encore connu : les coupures publicitaires sont possibles dès qu’il est active.</translation>
    </message>
    <message>
        <source>The stream is %1: YouTube places ad breaks only while the stream is active. Check the encoder.</source>
        <translation>Le flux est %1 : YouTube ne place de coupures publicitaires que lorsque le flux est active. Vérifiez l’encodeur.</translation>
    </message>
    <message>
        <source>it was pressed more than %1 s ago.</source>
        <translation>elle a été demandée il y a plus de %1 s.</translation>
    </message>
    <message>
        <source>The ad break was not sent: %1 Press again if it is still wanted.</source>
        <translation>La coupure publicitaire n’a pas été envoyée : %1 Appuyez à nouveau si elle est toujours voulue.</translation>
    </message>
    <message>
        <source>A second ad break (%1 s) was declined: the running one had %2 s left.</source>
        <translation>Une deuxième coupure publicitaire (%1 s) a été refusée : il restait %2 s à celle en cours.</translation>
    </message>
    <message>
        <source>A second press within %1 s of the last break sent nothing (a double press).</source>
        <translation>Un deuxième appui moins de %1 s après la dernière coupure n&apos;a rien envoyé (double appui).</translation>
    </message>
</context>
<context>
    <name>onair::BroadcastSession</name>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Stream health</source>
        <translation>Santé du flux</translation>
    </message>
    <message>
        <source>Read broadcast</source>
        <translation>Lire la diffusion</translation>
    </message>
    <message>
        <source>Bind stream</source>
        <translation>Associer le flux</translation>
    </message>
    <message>
        <source>Broadcast %1 no longer exists at YouTube (deleted elsewhere?), so OnAir stops reading it. The stream is kept: create a new broadcast or open an upcoming one, and bind it to this stream.</source>
        <translation>La diffusion %1 n’existe plus sur YouTube (supprimée ailleurs ?) : OnAir cesse de la lire. Le flux est conservé : créez une nouvelle diffusion ou ouvrez-en une à venir, et liez-la à ce flux.</translation>
    </message>
    <message>
        <source>Not recovering: the broadcast is %1, not stuck in testStarting or liveStarting for over %2 s. Recovery deletes the broadcast and is only for a stuck transition.</source>
        <translation>Pas de récupération : la diffusion est %1, pas bloquée en testStarting ou liveStarting depuis plus de %2 s. La récupération supprime la diffusion et ne sert qu’à une transition bloquée.</translation>
    </message>
    <message>
        <source>Not recovering: there is no broadcast.</source>
        <translation>Pas de récupération : il n’y a pas de diffusion.</translation>
    </message>
</context>
<context>
    <name>onair::CuepointLogModel</name>
    <message>
        <source>now</source>
        <translation>immédiat</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>heure fixe</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>décalage</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmée</translation>
    </message>
    <message>
        <source>player</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>session clock</source>
        <translation>horloge de session</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Demandée à</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Offset / time</source>
        <translation>Décalage / heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cuepoint id</source>
        <translation>ID de coupure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Elapsed from</source>
        <translation>Écoulé selon</translation>
    </message>
</context>
<context>
    <name>onair::CuepointOffset</name>
    <message>
        <source>The monitor stream&apos;s elapsed time is not known yet: neither the player nor the session clock gives one.</source>
        <translation>La durée écoulée du flux de contrôle n&apos;est pas encore connue : ni le lecteur ni l&apos;horloge de session n&apos;en fournissent une.</translation>
    </message>
    <message>
        <source>The broadcast has no delay: place the break now or at a wall time.</source>
        <translation>La diffusion n&apos;a pas de délai : placez la coupure immédiatement ou à une heure fixe.</translation>
    </message>
    <message>
        <source>A delay of %1 is too short for offsets: it must be longer than %2 (a 5 s margin on each side).</source>
        <translation>Un délai de %1 est trop court pour les décalages : il doit être supérieur à %2 (une marge de 5 s de chaque côté).</translation>
    </message>
    <message>
        <source>The monitor stream has run for only %1: offsets become possible after %2.</source>
        <translation>Le flux de contrôle ne tourne que depuis %1 : les décalages deviennent possibles après %2.</translation>
    </message>
    <message>
        <source>%1 is negative: an offset counts from the start of the monitor stream.</source>
        <translation>%1 est négatif : un décalage se compte à partir du début du flux de contrôle.</translation>
    </message>
    <message>
        <source>%1 is before the window start %2: that part has already been shown publicly.</source>
        <translation>%1 est avant le début de la fenêtre %2 : cette partie a déjà été montrée au public.</translation>
    </message>
    <message>
        <source>%1 is before the window start %2: it is within %3 of what the public stream is showing now, where YouTube cannot place a break reliably.</source>
        <translation>%1 est avant le début de la fenêtre %2 : il se trouve à moins de %3 de ce que le flux public montre actuellement, là où YouTube ne peut pas placer de coupure de manière fiable.</translation>
    </message>
    <message>
        <source>%1 is after the window end %2: the monitor stream has not shown that part yet.</source>
        <translation>%1 est après la fin de la fenêtre %2 : le flux de contrôle n&apos;a pas encore montré cette partie.</translation>
    </message>
    <message>
        <source>%1 is after the window end %2: it is within %3 of the monitor stream&apos;s live edge, where YouTube cannot place a break reliably.</source>
        <translation>%1 est après la fin de la fenêtre %2 : il se trouve à moins de %3 du direct du flux de contrôle, là où YouTube ne peut pas placer de coupure de manière fiable.</translation>
    </message>
</context>
<context>
    <name>onair::EventLog</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>API reason</source>
        <translation>Motif API</translation>
    </message>
</context>
<context>
    <name>onair::FileIdentity</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was %2 bytes, it is %3 now): resuming would mix two files in one video. Start the upload again.</source>
        <translation>%1 a changé depuis le début de la mise en ligne (%2 octets au départ, %3 maintenant) : reprendre mélangerait deux fichiers dans une même vidéo. Recommencez la mise en ligne.</translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was modified on %2): resuming would mix two files in one video. Start the upload again.</source>
        <translation>%1 a changé depuis le début de la mise en ligne (il a été modifié le %2) : reprendre mélangerait deux fichiers dans une même vidéo. Recommencez la mise en ligne.</translation>
    </message>
    <message>
        <source>the file&apos;s identity is incomplete</source>
        <translation>l&apos;identité du fichier est incomplète</translation>
    </message>
</context>
<context>
    <name>onair::HttpApiServer</name>
    <message>
        <source>The HTTP API could not listen on %1:%2: %3</source>
        <translation>L&apos;API HTTP n&apos;a pas pu écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>Too many requests: try again in a moment.</source>
        <translation>Trop de requêtes : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This Host is not OnAir&apos;s address: refused.</source>
        <translation>Cet en-tête Host n&apos;est pas l&apos;adresse d&apos;OnAir : refusé.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>Un jeton bearer valide est requis.</translation>
    </message>
    <message>
        <source>No token is set: generate one in OnAir&apos;s Settings → Remote control.</source>
        <translation>Aucun jeton n&apos;est défini : générez-en un dans Paramètres → Contrôle à distance d&apos;OnAir.</translation>
    </message>
    <message>
        <source>Method not allowed here.</source>
        <translation>Méthode non autorisée ici.</translation>
    </message>
    <message>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>Le corps doit être du JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>No such resource.</source>
        <translation>Ressource inexistante.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Le corps n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Expected {&quot;seconds&quot;: 1…%1} with at most one of &quot;offsetMs&quot; or &quot;at&quot; (epoch ms).</source>
        <translation>Attendu : {&quot;seconds&quot;: 1…%1} avec au plus un seul des champs &quot;offsetMs&quot; ou &quot;at&quot; (ms depuis l&apos;epoch).</translation>
    </message>
</context>
<context>
    <name>onair::InstagramAccountCheck</name>
    <message>
        <source>Instagram refused the token (expired or revoked): make a new long-lived token and paste it.</source>
        <translation>Instagram a refusé le jeton (expiré ou révoqué) : créez un nouveau jeton longue durée et collez-le.</translation>
    </message>
    <message>
        <source>Instagram could not be reached: %1</source>
        <translation>Impossible de joindre Instagram : %1</translation>
    </message>
    <message>
        <source>Instagram did not say which account the token belongs to.</source>
        <translation>Instagram n&apos;a pas indiqué à quel compte appartient le jeton.</translation>
    </message>
</context>
<context>
    <name>onair::InstagramClient</name>
    <message>
        <source>No access token is stored for this Instagram account.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est enregistré pour ce compte Instagram.</translation>
    </message>
</context>
<context>
    <name>onair::LocalSandbox</name>
    <message>
        <source>The sandbox did not start within %1 s.</source>
        <translation>Le bac à sable n&apos;a pas démarré en %1 s.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>onair-sandbox was not found next to onair or on PATH.</source>
        <translation>onair-sandbox est introuvable à côté d&apos;onair ou dans le PATH.</translation>
    </message>
    <message>
        <source>The sandbox answered oddly: %1</source>
        <translation>Le bac à sable a répondu de façon inattendue : %1</translation>
    </message>
    <message>
        <source>The sandbox exited (code %1) before it was ready: %2</source>
        <translation>Le bac à sable s’est arrêté (code %1) avant d’être prêt : %2</translation>
    </message>
</context>
<context>
    <name>onair::LoopbackListener</name>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>The request was too long.</source>
        <translation>La requête était trop longue.</translation>
    </message>
    <message>
        <source>OnAir could not read this request.</source>
        <translation>OnAir n&apos;a pas pu lire cette requête.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in OnAir is waiting for. Start sign-in again from OnAir.</source>
        <translation>Cette réponse ne correspond pas à la connexion qu&apos;OnAir attend. Recommencez la connexion depuis OnAir.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>OnAir received the sign-in. You can close this tab and go back to OnAir.</source>
        <translation>OnAir a reçu la connexion. Vous pouvez fermer cet onglet et revenir à OnAir.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>Google did not grant access (%1). Go back to OnAir to try again.</source>
        <translation>Google n&apos;a pas accordé l&apos;accès (%1). Revenez à OnAir pour réessayer.</translation>
    </message>
</context>
<context>
    <name>onair::OwnerPolicies</name>
    <message>
        <source>This account has not allowed Content ID (Account → Allow Content ID…), so there are no saved policies to choose from.</source>
        <translation>Ce compte n&apos;a pas autorisé Content ID (Compte → Autoriser Content ID…) : il n&apos;y a donc aucune règle enregistrée à choisir.</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner, so it has no saved policies.</source>
        <translation>Cette chaîne n&apos;est associée à aucun propriétaire de contenu Content ID : elle n&apos;a donc aucune règle enregistrée.</translation>
    </message>
</context>
<context>
    <name>onair::PostTemplate</name>
    <message>
        <source>The broadcast has no thumbnail to send with the post.</source>
        <translation>La diffusion n&apos;a pas de miniature à joindre à la publication.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Telegram.</source>
        <translation>
            <numerusform>%n caractère de trop pour Telegram.</numerusform>
            <numerusform>%n caractères de trop pour Telegram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram needs an image: the broadcast has no public thumbnail.</source>
        <translation>Instagram exige une image : la diffusion n&apos;a pas de miniature publique.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Instagram.</source>
        <translation>
            <numerusform>%n caractère de trop pour Instagram.</numerusform>
            <numerusform>%n caractères de trop pour Instagram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hashtag(s) over Instagram&apos;s 30.</source>
        <translation>
            <numerusform>%n hashtag de trop (Instagram en accepte 30 au maximum).</numerusform>
            <numerusform>%n hashtags de trop (Instagram en accepte 30 au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>An &quot;&amp;&quot; that starts no entity: write &amp;amp; for the sign.</source>
        <translation>Un « &amp; » qui ne commence aucune entité : pour le signe lui-même, écrivez &amp;amp;.</translation>
    </message>
    <message>
        <source>A &quot;&gt;&quot; outside a tag: write &amp;gt; for the sign.</source>
        <translation>Un « &gt; » hors d&apos;une balise : pour le signe lui-même, écrivez &amp;gt;.</translation>
    </message>
    <message>
        <source>A &quot;&lt;&quot; that starts no tag: write &amp;lt; for the sign.</source>
        <translation>Un « &lt; » qui ne commence aucune balise : pour le signe lui-même, écrivez &amp;lt;.</translation>
    </message>
    <message>
        <source>Telegram refuses the tag &lt;%1&gt;: write &amp;lt;%1&amp;gt; to show it as text.</source>
        <translation>Telegram refuse la balise &lt;%1&gt; : pour l&apos;afficher comme texte, écrivez &amp;lt;%1&amp;gt;.</translation>
    </message>
    <message>
        <source>The end tag &lt;/%1&gt; closes no open &lt;%1&gt;.</source>
        <translation>La balise fermante &lt;/%1&gt; ne ferme aucune balise &lt;%1&gt; ouverte.</translation>
    </message>
    <message>
        <source>The tag &lt;%1&gt; is not closed.</source>
        <translation>La balise &lt;%1&gt; n&apos;est pas fermée.</translation>
    </message>
</context>
<context>
    <name>onair::PresetLauncher</name>
    <message>
        <source>A broadcast is already being created from a preset.</source>
        <translation>Une diffusion est déjà en cours de création à partir d&apos;un modèle.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; cannot be sent: %2</source>
        <translation>Le modèle &quot;%1&quot; ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <source>Preset counter</source>
        <translation>Compteur du modèle</translation>
    </message>
    <message>
        <source>Create from preset</source>
        <translation>Créer à partir du modèle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation>&quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>onair::RemoteCommands</name>
    <message>
        <source>Ad break</source>
        <translation>Coupure publicitaire</translation>
    </message>
    <message>
        <source>An ad break lasts at most %1 s; %2 s was asked for.</source>
        <translation>Une coupure publicitaire dure au plus %1 s ; %2 s ont été demandées.</translation>
    </message>
    <message>
        <source>An offset cannot be negative.</source>
        <translation>Un décalage ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Too many calls: try again in a moment.</source>
        <translation>Trop d&apos;appels : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Ignored: a second press within %1 s of the last ad break is taken as a double press.</source>
        <translation>Ignoré : un deuxième appui moins de %1 s après la dernière coupure publicitaire est considéré comme un double appui.</translation>
    </message>
    <message>
        <source>Not placed: an ad break is still running (about %1 s left). From outside the window a second break is refused; place it in OnAir if it is wanted.</source>
        <translation>Non placée : une coupure publicitaire est encore en cours (environ %1 s restantes). Depuis l&apos;extérieur de la fenêtre, une deuxième coupure est refusée ; placez-la dans OnAir si elle est voulue.</translation>
    </message>
    <message>
        <source>The ad break&apos;s record is gone.</source>
        <translation>L&apos;entrée de la coupure publicitaire a disparu du journal.</translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s).</source>
        <translation>Coupure publicitaire %1 placée (%2 s).</translation>
    </message>
    <message>
        <source>Sent: the broadcast is on its way to testing.</source>
        <translation>Envoyé : la diffusion passe en test.</translation>
    </message>
    <message>
        <source>Nothing to recover: recovery is only for a broadcast stuck in testStarting or liveStarting.</source>
        <translation>Rien à récupérer : la récupération ne concerne qu&apos;une diffusion bloquée en testStarting ou liveStarting.</translation>
    </message>
    <message>
        <source>Go live, end and recover are off from outside the window: the operator can allow them in Settings → Remote control.</source>
        <translation>Le passage à l&apos;antenne, la fin et la récupération sont désactivés depuis l&apos;extérieur de la fenêtre : l&apos;opérateur peut les autoriser dans Paramètres → Contrôle à distance.</translation>
    </message>
    <message>
        <source>Armed: confirm within %1 s to carry it out.</source>
        <translation>Armé : confirmez sous %1 s pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Only live, end and recover are confirmed.</source>
        <translation>Seuls live, end et recover se confirment.</translation>
    </message>
    <message>
        <source>Not armed: arm it first, then confirm within %1 s from the same place.</source>
        <translation>Non armé : armez d&apos;abord l&apos;action, puis confirmez sous %1 s depuis le même endroit.</translation>
    </message>
    <message>
        <source>Confirmed and sent.</source>
        <translation>Confirmé et envoyé.</translation>
    </message>
    <message>
        <source>Read now</source>
        <translation>Lire maintenant</translation>
    </message>
    <message>
        <source>Reading the broadcast and the stream now.</source>
        <translation>Lecture de la diffusion et du flux en cours.</translation>
    </message>
</context>
<context>
    <name>onair::RightsFlow</name>
    <message>
        <source>Content ID owner</source>
        <translation>Propriétaire Content ID</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Match policy</source>
        <translation>Règle de correspondance</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Ad settings</source>
        <translation>Paramètres publicitaires</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reference active</source>
        <translation>Référence active</translation>
    </message>
    <message>
        <source>This broadcast does not record from the start: Content ID can claim it, but cannot make a reference from it. Turn on &quot;Record from start&quot; before the show to get a reference.</source>
        <translation>Cette diffusion n&apos;est pas enregistrée depuis le début : Content ID peut la revendiquer, mais pas en tirer une référence. Activez &quot;Enregistrer depuis le début&quot; avant l&apos;émission pour obtenir une référence.</translation>
    </message>
    <message>
        <source>Going on without a Content ID claim for this show.</source>
        <translation>Poursuite sans revendication Content ID pour cette émission.</translation>
    </message>
    <message>
        <source>Going on without a Content ID reference for this show.</source>
        <translation>Poursuite sans référence Content ID pour cette émission.</translation>
    </message>
    <message>
        <source>The saved Content ID record cannot be read (%1); this show&apos;s rights are not followed.</source>
        <translation>Les données Content ID enregistrées sont illisibles (%1) ; les droits de cette émission ne sont pas suivis.</translation>
    </message>
    <message>
        <source>Claimed: the reference follows once the recording is processed.</source>
        <translation>Revendiquée : la référence suivra une fois l&apos;enregistrement traité.</translation>
    </message>
    <message>
        <source>Claimed, with a live reference.</source>
        <translation>Revendiquée, avec une référence en direct.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape %1 : %2</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation>Cette chaîne n&apos;est associée à aucun propriétaire de contenu Content ID.</translation>
    </message>
    <message>
        <source>Content ID owner: %1</source>
        <translation>Propriétaire de contenu Content ID : %1</translation>
    </message>
    <message>
        <source>Asset %1 (found: it had been created before)</source>
        <translation>Élément %1 (trouvé : il avait déjà été créé)</translation>
    </message>
    <message>
        <source>Asset %1: &quot;%2&quot;</source>
        <translation>Élément %1 : &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Ownership: worldwide</source>
        <translation>Propriété : monde entier</translation>
    </message>
    <message>
        <source>Ownership: in %1</source>
        <translation>Propriété : territoires %1</translation>
    </message>
    <message>
        <source>Ownership: everywhere but %1</source>
        <translation>Propriété : partout sauf %1</translation>
    </message>
    <message>
        <source>the owner has no saved policy named &quot;%1&quot;.</source>
        <translation>le propriétaire n&apos;a aucune règle enregistrée nommée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; saved (%2)</source>
        <translation>Règle &quot;%1&quot; enregistrée (%2)</translation>
    </message>
    <message>
        <source>Match policy %1</source>
        <translation>Règle de correspondance %1</translation>
    </message>
    <message>
        <source>Claim %1 (found: it had been made before)</source>
        <translation>Revendication %1 (trouvée : elle avait déjà été créée)</translation>
    </message>
    <message>
        <source>Claim %1 on broadcast %2</source>
        <translation>Revendication %1 sur la diffusion %2</translation>
    </message>
    <message>
        <source>Ad settings: no ads</source>
        <translation>Paramètres publicitaires : aucune publicité</translation>
    </message>
    <message>
        <source>Ad settings: %1</source>
        <translation>Paramètres publicitaires : %1</translation>
    </message>
    <message>
        <source>Reference %1 (found: it had been made before)</source>
        <translation>Référence %1 (trouvée : elle avait déjà été créée)</translation>
    </message>
    <message>
        <source>This content owner is not approved for live delivery: the reference will be made from the recording after the show.</source>
        <translation>Ce propriétaire de contenu n&apos;est pas approuvé pour la livraison en direct : la référence sera créée à partir de l&apos;enregistrement après l&apos;émission.</translation>
    </message>
    <message>
        <source>Reference %1 (%2)</source>
        <translation>Référence %1 (%2)</translation>
    </message>
    <message>
        <source>Reference %1 is active: Content ID now finds re-uploads of this show.</source>
        <translation>La référence %1 est active : Content ID repère désormais les copies de cette émission mises en ligne.</translation>
    </message>
    <message>
        <source>Reference %1 is inactive (%2).</source>
        <translation>La référence %1 est inactive (%2).</translation>
    </message>
    <message>
        <source>%1 failed before OnAir was restarted.</source>
        <translation>%1 a échoué avant le redémarrage d&apos;OnAir.</translation>
    </message>
    <message>
        <source>the plan names the content owner %1, which this account does not manage.</source>
        <translation>le plan désigne le propriétaire de contenu %1, que ce compte ne gère pas.</translation>
    </message>
    <message numerus="yes">
        <source>This account manages %n Content ID owners and the plan names none: pick the one this show is claimed for.</source>
        <translation>
            <numerusform>Ce compte gère %n propriétaire Content ID et le plan n&apos;en désigne aucun : choisissez celui au nom duquel cette émission est revendiquée.</numerusform>
            <numerusform>Ce compte gère %n propriétaires Content ID et le plan n&apos;en désigne aucun : choisissez celui au nom duquel cette émission est revendiquée.</numerusform>
        </translation>
    </message>
    <message>
        <source>no content owner was picked.</source>
        <translation>aucun propriétaire de contenu n&apos;a été choisi.</translation>
    </message>
</context>
<context>
    <name>onair::SandboxBrowser</name>
    <message>
        <source>The sandbox did not redirect to OnAir.</source>
        <translation>Le bac à sable n&apos;a pas redirigé vers OnAir.</translation>
    </message>
</context>
<context>
    <name>onair::SandboxMode</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Test encoder</source>
        <translation>Encodeur de test</translation>
    </message>
    <message>
        <source>ffmpeg publishes a test pattern and tone</source>
        <translation>ffmpeg publie une mire et un signal sonore de test</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Démarrage du bac à sable local…</translation>
    </message>
    <message>
        <source>ffmpeg was still publishing from before the restart (process %1): it is shown as running and stops with the button.</source>
        <translation>ffmpeg diffusait encore depuis avant le redémarrage (processus %1) : il est affiché en marche et s’arrête avec le bouton.</translation>
    </message>
    <message>
        <source>Bind a stream first.</source>
        <translation>Associez d&apos;abord un flux.</translation>
    </message>
    <message>
        <source>Found the sandbox still running from before the restart (process %1) at %2</source>
        <translation>Le bac à sable d’avant le redémarrage tourne encore (processus %1) à %2</translation>
    </message>
    <message>
        <source>Ready at %1</source>
        <translation>Prêt à l&apos;adresse %1</translation>
    </message>
</context>
<context>
    <name>onair::SecretStore</name>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation>Aucun trousseau n&apos;est disponible (un Secret Service tel que GNOME Keyring ou KWallet est-il lancé ?) : %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès : %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>onair::SessionKeeper</name>
    <message>
        <source>Reattach</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>The saved show (broadcast %1) belongs to %2, but %3 is signed in: it is not reattached. Sign in as %2 to pick it up again.</source>
        <translation>L’émission enregistrée (diffusion %1) appartient à %2, mais %3 est connecté : elle n’est pas reprise. Connectez-vous en tant que %2 pour la reprendre.</translation>
    </message>
    <message>
        <source>Back on &quot;%1&quot; (%2)</source>
        <translation>De retour sur &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>onair::SetUpOperation</name>
    <message>
        <source>Auto start/stop</source>
        <translation>Démarrage/arrêt auto</translation>
    </message>
    <message>
        <source>Create broadcast</source>
        <translation>Créer la diffusion</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; créée (%2)</translation>
    </message>
    <message>
        <source>Set category and tags</source>
        <translation>Définir la catégorie et les tags</translation>
    </message>
    <message>
        <source>Set thumbnail</source>
        <translation>Définir la miniature</translation>
    </message>
    <message>
        <source>Thumbnail uploaded</source>
        <translation>Miniature envoyée</translation>
    </message>
    <message>
        <source>Open broadcast</source>
        <translation>Ouvrir la diffusion</translation>
    </message>
    <message>
        <source>Stream unbound</source>
        <translation>Flux dissocié</translation>
    </message>
    <message>
        <source>Bound to stream %1</source>
        <translation>Associée au flux %1</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Créer le flux</translation>
    </message>
    <message>
        <source>Created stream &quot;%1&quot;</source>
        <translation>Flux &quot;%1&quot; créé</translation>
    </message>
    <message>
        <source>Replace stream</source>
        <translation>Remplacer le flux</translation>
    </message>
    <message>
        <source>Unbound stream %1</source>
        <translation>Flux %1 dissocié</translation>
    </message>
    <message>
        <source>Deleted stream %1</source>
        <translation>Flux %1 supprimé</translation>
    </message>
    <message>
        <source>Delete old stream</source>
        <translation>Supprimer l&apos;ancien flux</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>auto start %1, auto stop %2</source>
        <translation>démarrage auto %1, arrêt auto %2</translation>
    </message>
    <message>
        <source>Edit title and privacy</source>
        <translation>Modifier le titre et la confidentialité</translation>
    </message>
</context>
<context>
    <name>onair::ShowAnnouncements</name>
    <message>
        <source>This show was not made from a preset: there is none to save its posts in.</source>
        <translation>Cette émission n&apos;a pas été créée à partir d&apos;un modèle : il n&apos;y en a aucun où enregistrer ses publications.</translation>
    </message>
    <message>
        <source>The posts were not saved in the preset: %1</source>
        <translation>Les publications n&apos;ont pas été enregistrées dans le modèle : %1</translation>
    </message>
</context>
<context>
    <name>onair::ShowBusService</name>
    <message>
        <source>No D-Bus session bus: D-Bus and onair ctl are off.</source>
        <translation>Aucun bus de session D-Bus : D-Bus et onair ctl sont désactivés.</translation>
    </message>
    <message>
        <source>Could not put the show on D-Bus: %1</source>
        <translation>Impossible de publier l&apos;émission sur D-Bus : %1</translation>
    </message>
    <message>
        <source>Another OnAir already answers on D-Bus (%1): this one stays off the bus.</source>
        <translation>Un autre OnAir répond déjà sur D-Bus (%1) : celui-ci reste hors du bus.</translation>
    </message>
</context>
<context>
    <name>onair::ShowRights</name>
    <message>
        <source>The preset &quot;%1&quot; has a Content ID plan, but this account has not allowed Content ID (Account → Allow Content ID…): the show is not claimed.</source>
        <translation>Le modèle &quot;%1&quot; prévoit Content ID, mais ce compte n&apos;a pas autorisé Content ID (Compte → Autoriser Content ID…) : l&apos;émission n&apos;est pas revendiquée.</translation>
    </message>
</context>
<context>
    <name>onair::StuckRecovery</name>
    <message>
        <source>Recover stuck broadcast</source>
        <translation>Récupérer la diffusion bloquée</translation>
    </message>
    <message>
        <source>Deleting %1 and creating it again</source>
        <translation>Suppression de %1 et nouvelle création</translation>
    </message>
    <message>
        <source>Broadcast %1 was deleted, but YouTube did not create the new one. Create a new broadcast (Set-up) and bind it to stream %2, which is kept; then start the test.</source>
        <translation>La diffusion %1 a été supprimée, mais YouTube n’a pas créé la nouvelle. Créez une nouvelle diffusion (Configuration) et liez-la au flux %2, conservé ; puis lancez le test.</translation>
    </message>
    <message>
        <source>New broadcast %1</source>
        <translation>Nouvelle diffusion %1</translation>
    </message>
    <message>
        <source>Not testing again by itself: the stream was not active within %1 minutes. Start the test once the encoder sends.</source>
        <translation>Pas de nouveau test automatique : le flux n’est pas devenu active en %1 minutes. Lancez le test quand l’encodeur émet.</translation>
    </message>
    <message>
        <source>Not testing again by itself: you took over.</source>
        <translation>Pas de nouveau test automatique : vous avez pris la main.</translation>
    </message>
    <message>
        <source>Bound to the same stream; testing again once it is active</source>
        <translation>Liée au même flux ; nouveau test dès qu’il est active</translation>
    </message>
</context>
<context>
    <name>onair::TelegramAccountCheck</name>
    <message>
        <source>Telegram refused the bot token: paste it again from @BotFather.</source>
        <translation>Telegram a refusé le jeton du bot : collez-le à nouveau depuis @BotFather.</translation>
    </message>
    <message>
        <source>Telegram could not be reached: %1</source>
        <translation>Impossible de joindre Telegram : %1</translation>
    </message>
    <message>
        <source>The chat %1 was not found, or the bot cannot see it (%2).</source>
        <translation>La chaîne %1 est introuvable, ou le bot ne la voit pas (%2).</translation>
    </message>
    <message>
        <source>The bot&apos;s rights in the chat could not be read: %1</source>
        <translation>Les droits du bot dans la chaîne n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The bot is an administrator of the channel but may not post: allow it &quot;Post messages&quot;.</source>
        <translation>Le bot est administrateur de la chaîne mais ne peut pas publier : accordez-lui le droit &quot;Publier des messages&quot;.</translation>
    </message>
    <message>
        <source>The bot must be an administrator of the channel that may post messages.</source>
        <translation>Le bot doit être administrateur de la chaîne, avec le droit de publier des messages.</translation>
    </message>
</context>
<context>
    <name>onair::TelegramClient</name>
    <message>
        <source>No bot token is stored for this account.</source>
        <translation>Aucun jeton de bot n&apos;est enregistré pour ce compte.</translation>
    </message>
</context>
<context>
    <name>onair::TestEncoder</name>
    <message>
        <source>ffmpeg stopped (code %1): %2</source>
        <translation>ffmpeg s&apos;est arrêté (code %1) : %2</translation>
    </message>
    <message>
        <source>Cannot start ffmpeg: %1</source>
        <translation>Impossible de démarrer ffmpeg : %1</translation>
    </message>
    <message>
        <source>ffmpeg is not installed.</source>
        <translation>ffmpeg n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The stream has no usable stream key.</source>
        <translation>Le flux n’a pas de clé de flux utilisable.</translation>
    </message>
    <message>
        <source>ffmpeg stopped</source>
        <translation>ffmpeg s’est arrêté</translation>
    </message>
</context>
<context>
    <name>onair::TransitionDriver</name>
    <message>
        <source>Start test</source>
        <translation>Démarrer le test</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Passer à l&apos;antenne</translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation>Terminer la diffusion</translation>
    </message>
    <message>
        <source>%1: asking YouTube…</source>
        <translation>%1 : interrogation de YouTube…</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Désormais %1</translation>
    </message>
    <message>
        <source>%1: YouTube reports %2 (%3 s)</source>
        <translation>%1 : YouTube indique %2 (%3 s)</translation>
    </message>
    <message>
        <source>YouTube has been in %1 for over %2 s. Recover: delete the broadcast, create a new one with the same settings and test again.</source>
        <translation>YouTube est dans l&apos;état %1 depuis plus de %2 s. Récupération : supprimez la diffusion, créez-en une nouvelle avec les mêmes paramètres et refaites le test.</translation>
    </message>
</context>
<context>
    <name>onair::UploadCommand</name>
    <message>
        <source>Interrupted; run the same command again to resume the upload.</source>
        <translation>Interrompu ; relancez la même commande pour reprendre la mise en ligne.</translation>
    </message>
    <message>
        <source>Uploads a video file to YouTube with a resumable upload; running it again resumes a saved upload of the same file.</source>
        <translation>Met en ligne un fichier vidéo sur YouTube par envoi avec reprise ; relancée, la commande reprend la mise en ligne enregistrée du même fichier.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>The video file.</source>
        <translation>Le fichier vidéo.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>The video&apos;s title (1–100 characters).</source>
        <translation>Le titre de la vidéo (1 à 100 caractères).</translation>
    </message>
    <message>
        <source>The description (at most 5000 bytes).</source>
        <translation>La description (5000 octets au maximum).</translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation>Les tags, séparés par des virgules.</translation>
    </message>
    <message>
        <source>The YouTube category id (default 22).</source>
        <translation>L&apos;identifiant de catégorie YouTube (22 par défaut).</translation>
    </message>
    <message>
        <source>private (default), unlisted or public.</source>
        <translation>private (par défaut), unlisted ou public.</translation>
    </message>
    <message>
        <source>Publish at this time (ISO 8601, local time unless it says otherwise); the video stays private until then.</source>
        <translation>Publier à cette date et heure (ISO 8601, heure locale sauf indication contraire) ; la vidéo reste privée jusque-là.</translation>
    </message>
    <message>
        <source>The video is made for kids.</source>
        <translation>La vidéo est conçue pour les enfants.</translation>
    </message>
    <message>
        <source>Do not notify the channel&apos;s subscribers.</source>
        <translation>Ne pas avertir les abonnés de la chaîne.</translation>
    </message>
    <message>
        <source>The Google account (its id in the Account menu); without it, the local sandbox.</source>
        <translation>Le compte Google (son identifiant dans le menu Compte) ; sans cette option, le bac à sable local.</translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation>Utiliser un bac à sable déjà lancé, à partir de sa ligne « ready » (JSON).</translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts.</source>
        <translation>La racine de l&apos;API YouTube pour les comptes Google.</translation>
    </message>
    <message>
        <source>Forget a saved upload of this file and start from byte 0.</source>
        <translation>Oublier la mise en ligne enregistrée de ce fichier et repartir de l&apos;octet 0.</translation>
    </message>
    <message>
        <source>Chunk size in MiB (default 32; rounded to 256 KiB).</source>
        <translation>Taille des blocs en Mio (32 par défaut ; arrondie à 256 Kio).</translation>
    </message>
    <message>
        <source>Say which file: onair upload FILE --title TEXT (--help for more).</source>
        <translation>Indiquez le fichier : onair upload FILE --title TEXT (--help pour en savoir plus).</translation>
    </message>
    <message>
        <source>--publish-at: %1 is not a time like 2026-12-31T18:00 or 2026-12-31T18:00:00Z.</source>
        <translation>--publish-at : %1 n&apos;est pas une date et heure au format 2026-12-31T18:00 ou 2026-12-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>--chunk-mib: a number from 0.25 to 1024.</source>
        <translation>--chunk-mib : un nombre de 0.25 à 1024.</translation>
    </message>
    <message>
        <source>%1 is signed out: sign in from OnAir&apos;s window, then run this again.</source>
        <translation>%1 est déconnecté : connectez-vous depuis la fenêtre d&apos;OnAir, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>No account %1: add it in OnAir&apos;s window (Account → Add Google account…) first.</source>
        <translation>Aucun compte %1 : ajoutez-le d&apos;abord dans la fenêtre d&apos;OnAir (Compte → Ajouter un compte Google…).</translation>
    </message>
    <message>
        <source>--sandbox-ready: %1</source>
        <translation>--sandbox-ready : %1</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>%1 was already uploaded as video %2; --restart uploads it once more.</source>
        <translation>%1 a déjà été mis en ligne (vidéo %2) ; --restart le remet en ligne une nouvelle fois.</translation>
    </message>
    <message>
        <source>Run the same command with --restart to upload it from the start.</source>
        <translation>Relancez la même commande avec --restart pour le mettre en ligne depuis le début.</translation>
    </message>
    <message>
        <source>Resuming the saved upload of %1 (%2 of %3 MiB confirmed when it stopped).</source>
        <translation>Reprise de la mise en ligne enregistrée de %1 (%2 Mio sur %3 confirmés à l&apos;arrêt).</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>temps restant inconnu</translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%), %4 MiB/s, %5</source>
        <translation>%1 Mio sur %2 (%3 %), %4 Mio/s, %5</translation>
    </message>
    <message>
        <source>This account&apos;s uploads are run by another OnAir (process %1); run this again once it is done.</source>
        <translation>Les envois de ce compte sont gérés par un autre OnAir (processus %1) ; relancez ceci quand il aura fini.</translation>
    </message>
</context>
<context>
    <name>onair::UploadMetadata</name>
    <message>
        <source>The title is empty: give the video a title.</source>
        <translation>Le titre est vide : donnez un titre à la vidéo.</translation>
    </message>
    <message>
        <source>The title has %1 characters; YouTube takes at most %2.</source>
        <translation>Le titre compte %1 caractères ; YouTube en accepte %2 au maximum.</translation>
    </message>
    <message>
        <source>The title contains &lt; or &gt;, which YouTube refuses.</source>
        <translation>Le titre contient &lt; ou &gt;, que YouTube refuse.</translation>
    </message>
    <message>
        <source>The description has %1 bytes; YouTube takes at most %2.</source>
        <translation>La description fait %1 octets ; YouTube en accepte %2 au maximum.</translation>
    </message>
    <message>
        <source>The tags have %1 characters in all; YouTube takes at most %2.</source>
        <translation>Les tags totalisent %1 caractères ; YouTube en accepte %2 au maximum.</translation>
    </message>
    <message>
        <source>The privacy must be private, unlisted or public.</source>
        <translation>La confidentialité doit être private, unlisted ou public.</translation>
    </message>
    <message>
        <source>A scheduled publication needs the video private until then.</source>
        <translation>Une publication programmée exige que la vidéo reste privée jusque-là.</translation>
    </message>
    <message>
        <source>The publication time is in the past: choose a time to come.</source>
        <translation>L&apos;heure de publication est passée : choisissez une heure à venir.</translation>
    </message>
    <message>
        <source>The license must be youtube or creativeCommon.</source>
        <translation>La licence doit être youtube ou creativeCommon.</translation>
    </message>
</context>
<context>
    <name>onair::UploadQueue</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation>%1 est vide : il n&apos;y a rien à mettre en ligne.</translation>
    </message>
    <message>
        <source>%1 queued for upload.</source>
        <translation>%1 ajouté à la file de mise en ligne.</translation>
    </message>
    <message>
        <source>%1 changed: it is uploaded again from the start.</source>
        <translation>%1 a changé : sa mise en ligne reprend depuis le début.</translation>
    </message>
    <message>
        <source>Thumbnail set on video %1.</source>
        <translation>Miniature définie pour la vidéo %1.</translation>
    </message>
    <message>
        <source>YouTube processed video %1.</source>
        <translation>YouTube a traité la vidéo %1.</translation>
    </message>
    <message>
        <source>YouTube did not process video %1 (%2). Open it in YouTube Studio to see why, then upload it again if needed.</source>
        <translation>YouTube n&apos;a pas traité la vidéo %1 (%2). Ouvrez-la dans YouTube Studio pour en connaître la raison, puis remettez-la en ligne si nécessaire.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Video %1 is public.</source>
        <translation>La vidéo %1 est publique.</translation>
    </message>
    <message>
        <source>The OnAir that ran these uploads stopped: they are run here now.</source>
        <translation>L&apos;OnAir qui gérait ces envois s&apos;est arrêté : ils sont désormais gérés ici.</translation>
    </message>
    <message>
        <source>These uploads are run by another OnAir (process %1, e.g. onair --headless): they are shown here as it sends them. To change them, stop it: they are run here within seconds.</source>
        <translation>Ces envois sont gérés par un autre OnAir (processus %1, p. ex. onair --headless) : ils sont affichés ici au fil de l&apos;envoi. Pour les modifier, arrêtez-le : ils seront gérés ici en quelques secondes.</translation>
    </message>
</context>
<context>
    <name>onair::UploadRecord</name>
    <message>
        <source>an upload without an id</source>
        <translation>une mise en ligne sans identifiant</translation>
    </message>
    <message>
        <source>upload %1: %2</source>
        <translation>mise en ligne %1 : %2</translation>
    </message>
    <message>
        <source>upload %1: its offset or state is unreadable</source>
        <translation>mise en ligne %1 : sa position ou son état est illisible</translation>
    </message>
</context>
<context>
    <name>onair::UploadStore</name>
    <message>
        <source>Cannot read the saved uploads (%1): %2</source>
        <translation>Impossible de lire les mises en ligne enregistrées (%1) : %2</translation>
    </message>
    <message>
        <source>The saved uploads could not be read and were kept as %1; the queue starts empty. Add the files again to upload them.</source>
        <translation>Les mises en ligne enregistrées sont illisibles et ont été conservées sous %1 ; la file démarre vide. Ajoutez à nouveau les fichiers pour les mettre en ligne.</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>une entrée n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>A saved upload could not be read (%1); it is kept in %2 and the others go on.</source>
        <translation>Une mise en ligne enregistrée est illisible (%1) ; elle est conservée dans %2 et les autres continuent.</translation>
    </message>
    <message>
        <source>Cannot save the uploads to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les mises en ligne dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>onair::VideoUpload</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation>%1 est vide : il n&apos;y a rien à mettre en ligne.</translation>
    </message>
    <message>
        <source>The saved upload session is unusable (%1); starting a new one from byte 0.</source>
        <translation>La session d&apos;envoi enregistrée est inutilisable (%1) ; ouverture d&apos;une nouvelle session à partir de l&apos;octet 0.</translation>
    </message>
    <message>
        <source>Asking YouTube how much of %1 it already has…</source>
        <translation>Interrogation de YouTube sur la part de %1 déjà reçue…</translation>
    </message>
    <message>
        <source>Upload paused at %1 of %2 bytes; YouTube keeps what it has.</source>
        <translation>Mise en ligne en pause à %1 octets sur %2 ; YouTube conserve ce qu&apos;il a reçu.</translation>
    </message>
    <message>
        <source>Upload of %1 cancelled.</source>
        <translation>Mise en ligne de %1 annulée.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more.</source>
        <translation>%1 n&apos;est plus lisible.</translation>
    </message>
    <message>
        <source>YouTube opened the upload without a usable session address (%1). Try again later.</source>
        <translation>YouTube a ouvert la mise en ligne sans adresse de session utilisable (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>no Location</source>
        <translation>pas d&apos;en-tête Location</translation>
    </message>
    <message>
        <source>Upload session opened for %1 (%2 bytes).</source>
        <translation>Session d&apos;envoi ouverte pour %1 (%2 octets).</translation>
    </message>
    <message>
        <source>YouTube answered the upload with an unreadable range (%1). Try again later.</source>
        <translation>YouTube a répondu à la mise en ligne avec une plage illisible (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>YouTube has %1 of %2 bytes; going on from there.</source>
        <translation>YouTube a reçu %1 octets sur %2 ; reprise à partir de là.</translation>
    </message>
    <message>
        <source>The upload session of %1 expired on YouTube&apos;s side; starting a new session from byte 0.</source>
        <translation>La session d&apos;envoi de %1 a expiré côté YouTube ; ouverture d&apos;une nouvelle session à partir de l&apos;octet 0.</translation>
    </message>
    <message>
        <source>The upload stopped: %1. Start it again to resume where YouTube stopped.</source>
        <translation>La mise en ligne s&apos;est arrêtée : %1. Relancez-la pour reprendre là où YouTube s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Upload interrupted (%1); asking YouTube what it has in %2 s.</source>
        <translation>Mise en ligne interrompue (%1) ; YouTube sera interrogé sur ce qu&apos;il a reçu dans %2 s.</translation>
    </message>
    <message>
        <source>YouTube finished the upload but its answer could not be read: %1</source>
        <translation>YouTube a terminé la mise en ligne, mais sa réponse est illisible : %1</translation>
    </message>
    <message>
        <source>no video id</source>
        <translation>pas d&apos;identifiant de vidéo</translation>
    </message>
    <message>
        <source>Uploaded %1: video %2.</source>
        <translation>%1 mis en ligne : vidéo %2.</translation>
    </message>
</context>
<context>
    <name>onair::YouTubeClient</name>
    <message>
        <source>The API root %1 is not an absolute URL with a host.</source>
        <translation>La racine d’API %1 n’est pas une URL absolue avec un hôte.</translation>
    </message>
    <message>
        <source>The API root %1 must not carry a user name or password.</source>
        <translation>La racine d’API %1 ne doit pas porter de nom d’utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>The API root %1 uses plain http on a host that is not this computer: the access token would travel unencrypted. Use https, or http on 127.0.0.1.</source>
        <translation>La racine d’API %1 utilise du http simple vers un hôte qui n’est pas cet ordinateur : le jeton d’accès circulerait en clair. Utilisez https, ou http sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The API root %1 must use https (or http on 127.0.0.1).</source>
        <translation>La racine d’API %1 doit utiliser https (ou http sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>YouTube could not be reached within %1 s, and a later ad break would be misplaced.</source>
        <translation>YouTube n’a pas pu être joint en %1 s, et une coupure publicitaire plus tardive serait mal placée.</translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsMenu</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Retirer le compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out of this account? Its access is revoked at Google and its secrets leave the keychain; using it again means adding it with its client_secret.json.</source>
        <translation>Se déconnecter de ce compte ? Son accès est révoqué chez Google et ses secrets quittent le trousseau ; pour le réutiliser, il faudra l’ajouter avec son client_secret.json.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retrait du compte</translation>
    </message>
    <message>
        <source>Remove this account from OnAir? A broadcast goes on at YouTube, but OnAir no longer controls it from this account.</source>
        <translation>Retirer ce compte d’OnAir ? Une diffusion continue sur YouTube, mais OnAir ne la pilote plus depuis ce compte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allow &amp;Content ID…</source>
        <translation>&amp;Autoriser Content ID…</translation>
    </message>
    <message>
        <source>Allow Content ID</source>
        <translation>Autoriser Content ID</translation>
    </message>
    <message>
        <source>Claim your shows with Content ID and make references from their recordings? OnAir signs in again and asks Google for the Content ID (YouTube Partner) permission; sign in with an account linked to your content owner.</source>
        <translation>Revendiquer vos émissions avec Content ID et créer des références à partir de leurs enregistrements ? OnAir se reconnecte et demande à Google l&apos;autorisation Content ID (YouTube Partner) ; connectez-vous avec un compte associé à votre propriétaire de contenu.</translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsPane</name>
    <message>
        <source>Chec&amp;k</source>
        <translation>Vérifi&amp;er</translation>
    </message>
    <message>
        <source>Sa&amp;ve account</source>
        <translation>E&amp;nregistrer le compte</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <source>Instagram professional account</source>
        <translation>Compte professionnel Instagram</translation>
    </message>
    <message>
        <source>What you call it</source>
        <translation>Le nom que vous lui donnez</translation>
    </message>
    <message>
        <source>@channel or -100…</source>
        <translation>@chaine ou -100…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Token EXPIRED on %1: paste a new one</source>
        <translation>Jeton EXPIRÉ le %1 : collez-en un nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Token expires on %1 (in %n day(s)): refresh it now</source>
        <translation>
            <numerusform>Le jeton expire le %1 (dans %n jour) : renouvelez-le dès maintenant</numerusform>
            <numerusform>Le jeton expire le %1 (dans %n jours) : renouvelez-le dès maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expires on %1</source>
        <translation>Le jeton expire le %1</translation>
    </message>
    <message>
        <source>Telegram: %1 → %2</source>
        <translation>Telegram : %1 → %2</translation>
    </message>
    <message>
        <source>Instagram: %1</source>
        <translation>Instagram : %1</translation>
    </message>
    <message>
        <source>No account yet: add a Telegram bot or an Instagram account below.</source>
        <translation>Aucun compte pour l&apos;instant : ajoutez un bot Telegram ou un compte Instagram ci-dessous.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>123456:ABC… from @BotFather</source>
        <translation>123456:ABC… fourni par @BotFather</translation>
    </message>
    <message>
        <source>Long-lived token</source>
        <translation>Jeton longue durée</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Collez d&apos;abord le jeton.</translation>
    </message>
    <message>
        <source>Name the channel: its @username or its id.</source>
        <translation>Indiquez la chaîne : son @username ou son identifiant.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The bot @%1 may post to &quot;%2&quot;.</source>
        <translation>Le bot @%1 peut publier dans &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The token works for @%1 (account %2).</source>
        <translation>Le jeton fonctionne pour @%1 (compte %2).</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Le compte n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Sandbox bot</source>
        <translation>Bot du bac à sable</translation>
    </message>
    <message>
        <source>Sandbox Instagram</source>
        <translation>Instagram du bac à sable</translation>
    </message>
    <message>
        <source>Filled in from the sandbox: press Check, then Save.</source>
        <translation>Rempli depuis le bac à sable : appuyez sur « Vérifier », puis sur « Enregistrer le compte ».</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s bot</source>
        <translation>Remplir avec le bot du bac à sable</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s Instagram account</source>
        <translation>Remplir avec le compte Instagram du bac à sable</translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakPanel</name>
    <message>
        <source>Custom:</source>
        <translation>Personnalisée :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source>At a wall time</source>
        <translation>À une heure fixe</translation>
    </message>
    <message>
        <source>At an offset</source>
        <translation>À un décalage</translation>
    </message>
    <message>
        <source>The break starts as soon as YouTube can place it.</source>
        <translation>La coupure commence dès que YouTube peut la placer.</translation>
    </message>
    <message>
        <source>Start at (local time):</source>
        <translation>Début à (heure locale) :</translation>
    </message>
    <message>
        <source>Valid window:</source>
        <translation>Fenêtre valide :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>Décalage :</translation>
    </message>
    <message>
        <source>Elapsed from:</source>
        <translation>Écoulé selon :</translation>
    </message>
    <message>
        <source>Place the ad break</source>
        <translation>Placer la coupure publicitaire</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Ad break now, %1 seconds</source>
        <translation>Coupure publicitaire immédiate, %1 secondes</translation>
    </message>
    <message>
        <source>Another ad break</source>
        <translation>Autre coupure publicitaire</translation>
    </message>
    <message>
        <source>An ad break is still running (about %1 s left). Place another one?</source>
        <translation>Une coupure publicitaire est encore en cours (environ %1 s restantes). En placer une autre ?</translation>
    </message>
    <message>
        <source>Live: ad breaks can be placed.</source>
        <translation>En direct : les coupures publicitaires peuvent être placées.</translation>
    </message>
    <message>
        <source>the monitor player (getCurrentTime)</source>
        <translation>le lecteur de contrôle (getCurrentTime)</translation>
    </message>
    <message>
        <source>the session clock (the player gives no time)</source>
        <translation>l&apos;horloge de session (le lecteur ne donne pas d&apos;heure)</translation>
    </message>
    <message>
        <source>unknown: the monitor stream has not started</source>
        <translation>inconnu : le flux de contrôle n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>, elapsed %1</source>
        <translation>, écoulé %1</translation>
    </message>
    <message>
        <source>, drift to the session clock %1%2</source>
        <translation>, dérive par rapport à l&apos;horloge de session %1%2</translation>
    </message>
    <message>
        <source> (large: check the monitor player)</source>
        <translation> (importante : vérifiez le lecteur de contrôle)</translation>
    </message>
    <message>
        <source>[%1, %2] (delay %3)</source>
        <translation>[%1, %2] (délai %3)</translation>
    </message>
    <message>
        <source>Inside the window.</source>
        <translation>Dans la fenêtre.</translation>
    </message>
    <message>
        <source>Export the cuepoint log</source>
        <translation>Exporter le journal des coupures publicitaires</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cuepoint log exported to %1.</source>
        <translation>Journal des coupures publicitaires exporté vers %1.</translation>
    </message>
    <message>
        <source>Ad break placed (%1 s).</source>
        <translation>Coupure publicitaire placée (%1 s).</translation>
    </message>
    <message>
        <source>Ad break running: %1 left</source>
        <translation>Coupure publicitaire en cours : reste %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakShortcuts</name>
    <message>
        <source>Ad break now (%1 s)</source>
        <translation>Coupure publicitaire immédiate (%1 s)</translation>
    </message>
    <message>
        <source>Ad break now, preset %1 (%2 s)</source>
        <translation>Coupure publicitaire immédiate, modèle %1 (%2 s)</translation>
    </message>
    <message>
        <source>Ad break at the chosen offset</source>
        <translation>Coupure publicitaire au décalage choisi</translation>
    </message>
    <message>
        <source>Ad break at the chosen wall time</source>
        <translation>Coupure publicitaire à l&apos;heure fixe choisie</translation>
    </message>
</context>
<context>
    <name>onair::ui::AnnouncementsPanel</name>
    <message>
        <source>&amp;Queue</source>
        <translation>F&amp;ile</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>Réd&amp;action</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Comp&amp;tes</translation>
    </message>
    <message>
        <source>What the sandbox received…</source>
        <translation>Ce que le bac à sable a reçu…</translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastForm</name>
    <message>
        <source>1–100 characters</source>
        <translation>1 à 100 caractères</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Non répertoriée</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation>People et blogs</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Jeux vidéo</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Divertissement</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation>Actualités et politique</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation>Science et technologie</translation>
    </message>
    <message>
        <source>Film &amp; Animation</source>
        <translation>Films et animations</translation>
    </message>
    <message>
        <source>Howto &amp; Style</source>
        <translation>Vie pratique et style</translation>
    </message>
    <message>
        <source>Nonprofits &amp; Activism</source>
        <translation>Organisations à but non lucratif et activisme</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Conçue pour les enfants</translation>
    </message>
    <message>
        <source>Normal latency</source>
        <translation>Latence normale</translation>
    </message>
    <message>
        <source>Low latency</source>
        <translation>Latence faible</translation>
    </message>
    <message>
        <source>Ultra-low latency</source>
        <translation>Latence ultra-faible</translation>
    </message>
    <message>
        <source>DVR (viewers can rewind)</source>
        <translation>DVR (les spectateurs peuvent revenir en arrière)</translation>
    </message>
    <message>
        <source>Record from start</source>
        <translation>Enregistrer depuis le début</translation>
    </message>
    <message>
        <source>Monitor stream (needed for testing)</source>
        <translation>Flux de contrôle (nécessaire pour le test)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>broadcastStreamDelayMs: a delay over 10 s allows ad breaks at an offset</source>
        <translation>broadcastStreamDelayMs : un délai de plus de 10 s permet les coupures publicitaires à un décalage</translation>
    </message>
    <message>
        <source>No closed captions</source>
        <translation>Pas de sous-titres codés</translation>
    </message>
    <message>
        <source>Captions over HTTP POST</source>
        <translation>Sous-titres via HTTP POST</translation>
    </message>
    <message>
        <source>Captions embedded in the video</source>
        <translation>Sous-titres intégrés à la vidéo</translation>
    </message>
    <message>
        <source>Embeddable on other sites</source>
        <translation>Intégrable sur d&apos;autres sites</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Rectangulaire</translation>
    </message>
    <message>
        <source>360°</source>
        <translation>360°</translation>
    </message>
    <message>
        <source>Pro&amp;jection</source>
        <translation>Pro&amp;jection</translation>
    </message>
    <message>
        <source>JPEG or PNG, optional</source>
        <translation>JPEG ou PNG, facultatif</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Give the broadcast a title.</source>
        <translation>Donnez un titre à la diffusion.</translation>
    </message>
    <message>
        <source>The description is longer than 5000 characters.</source>
        <translation>La description dépasse 5000 caractères.</translation>
    </message>
    <message>
        <source>The scheduled end must be after the start.</source>
        <translation>La fin prévue doit être postérieure au début.</translation>
    </message>
    <message>
        <source>Ultra-low latency does not allow closed captions.</source>
        <translation>La latence ultra-faible n&apos;autorise pas les sous-titres codés.</translation>
    </message>
    <message>
        <source>The thumbnail %1 cannot be read.</source>
        <translation>La miniature %1 est illisible.</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Co&amp;nfidentialité</translation>
    </message>
    <message>
        <source>Scheduled sta&amp;rt</source>
        <translation>Dé&amp;but prévu</translation>
    </message>
    <message>
        <source>Scheduled e&amp;nd</source>
        <translation>Fin prévu&amp;e</translation>
    </message>
    <message>
        <source>Categ&amp;ory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Broadcast dela&amp;y</source>
        <translation>Délai de diffu&amp;sion</translation>
    </message>
    <message>
        <source>Closed captions</source>
        <translation>Sous-titres codés</translation>
    </message>
    <message>
        <source>Thumbna&amp;il</source>
        <translation>Miniat&amp;ure</translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastTab</name>
    <message>
        <source>Create broadcast</source>
        <translation>Créer la diffusion</translation>
    </message>
    <message>
        <source>&amp;Create broadcast</source>
        <translation>C&amp;réer la diffusion</translation>
    </message>
</context>
<context>
    <name>onair::ui::ComposerPane</name>
    <message numerus="yes">
        <source>%1 of %2 characters, %n left</source>
        <translation>
            <numerusform>%1 caractères sur %2, %n restant</numerusform>
            <numerusform>%1 caractères sur %2, %n restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 caractères sur %2 : %n de trop</numerusform>
            <numerusform>%1 caractères sur %2 : %n de trop</numerusform>
        </translation>
    </message>
    <message>
        <source>Your show&apos;s title</source>
        <translation>Le titre de votre émission</translation>
    </message>
    <message>
        <source>The show&apos;s description.</source>
        <translation>La description de l&apos;émission.</translation>
    </message>
    <message>
        <source>▶ Watch</source>
        <translation>▶ Regarder</translation>
    </message>
    <message>
        <source>With the show&apos;s thumbnail</source>
        <translation>Avec la miniature de l&apos;émission</translation>
    </message>
    <message>
        <source>Sche&amp;dule</source>
        <translation>Pla&amp;nifier</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Quitter la modification</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En direct maintenant</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>À une heure fixe</translation>
    </message>
    <message>
        <source>Minutes before the scheduled start</source>
        <translation>Minutes avant le début prévu</translation>
    </message>
    <message>
        <source>When the broadcast is live</source>
        <translation>Quand la diffusion est en direct</translation>
    </message>
    <message>
        <source>When the broadcast is complete</source>
        <translation>Quand la diffusion est terminée</translation>
    </message>
    <message>
        <source>When the recording is processed</source>
        <translation>Quand l&apos;enregistrement est traité</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; starts {start}: {url}  — fields: {title} {url} {start} {description} {thumbnail}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; commence le {start} : {url}  — champs : {title} {url} {start} {description} {thumbnail}</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>P&amp;ublier sur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Telegram will get</source>
        <translation>Telegram recevra</translation>
    </message>
    <message>
        <source>Instagram will get</source>
        <translation>Instagram recevra</translation>
    </message>
    <message>
        <source>Telegram: %1</source>
        <translation>Telegram : %1</translation>
    </message>
    <message>
        <source>Instagram: %1</source>
        <translation>Instagram : %1</translation>
    </message>
    <message>
        <source>[photo: %1]</source>
        <translation>[photo : %1]</translation>
    </message>
    <message>
        <source>[%1] button → %2</source>
        <translation>bouton [%1] → %2</translation>
    </message>
    <message>
        <source>(no image)</source>
        <translation>(aucune image)</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>%1 of %2 hashtags</source>
        <translation>%1 hashtags sur %2</translation>
    </message>
    <message>
        <source>Pick at least one account.</source>
        <translation>Choisissez au moins un compte.</translation>
    </message>
    <message>
        <source>Write the post&apos;s text.</source>
        <translation>Rédigez le texte de la publication.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>This post is no longer waiting: it was not changed.</source>
        <translation>Cette publication n&apos;est plus en attente : elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Save the show&apos;s posts in its preset</source>
        <translation>Enregistrer les publications de l&apos;émission dans son modèle</translation>
    </message>
    <message>
        <source>The posts that wait for the show&apos;s events go into the preset the show was made from, for its next show</source>
        <translation>Les publications qui attendent les événements de l&apos;émission vont dans le modèle dont elle est issue, pour la prochaine émission</translation>
    </message>
    <message>
        <source>The show&apos;s posts were saved in its preset.</source>
        <translation>Les publications de l&apos;émission ont été enregistrées dans son modèle.</translation>
    </message>
    <message>
        <source>When the uploaded recording is processed</source>
        <translation>Quand l&apos;enregistrement mis en ligne est traité</translation>
    </message>
    <message>
        <source>When the uploaded recording is published</source>
        <translation>Quand l&apos;enregistrement mis en ligne est publié</translation>
    </message>
    <message>
        <source>No broadcast is open: a timed post cannot use the show&apos;s fields, its Watch button or its thumbnail yet. Open or create the broadcast first, or write the post without them.</source>
        <translation>Aucune diffusion n&apos;est ouverte : une publication programmée ne peut pas encore utiliser les champs de l&apos;émission, son bouton « Regarder » ni sa miniature. Ouvrez ou créez d&apos;abord la diffusion, ou rédigez la publication sans eux.</translation>
    </message>
</context>
<context>
    <name>onair::ui::MainWindow</name>
    <message>
        <source>Set-up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Start test</source>
        <translation>Démarrer le test</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>&amp;Diffusion</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>À &amp;venir</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>É&amp;mission</translation>
    </message>
    <message>
        <source>Go live (asks first)</source>
        <translation>Passer à l&apos;antenne (avec confirmation)</translation>
    </message>
    <message>
        <source>End broadcast (asks first)</source>
        <translation>Terminer la diffusion (avec confirmation)</translation>
    </message>
    <message>
        <source>Recover a stuck broadcast</source>
        <translation>Récupérer une diffusion bloquée</translation>
    </message>
    <message>
        <source>Read broadcast and stream now</source>
        <translation>Lire la diffusion et le flux maintenant</translation>
    </message>
    <message>
        <source>Go to the broadcast form</source>
        <translation>Aller au formulaire de diffusion</translation>
    </message>
    <message>
        <source>Go to the stream</source>
        <translation>Aller au flux</translation>
    </message>
    <message>
        <source>Go to the event log</source>
        <translation>Aller au journal des événements</translation>
    </message>
    <message>
        <source>Start or stop the test encoder (sandbox)</source>
        <translation>Démarrer ou arrêter l&apos;encodeur de test (bac à sable)</translation>
    </message>
    <message>
        <source>The monitor stream starts with testing.</source>
        <translation>Le flux de contrôle démarre avec le test.</translation>
    </message>
    <message>
        <source>The monitor stream is off for this broadcast.</source>
        <translation>Le flux de contrôle est désactivé pour cette diffusion.</translation>
    </message>
    <message>
        <source>The monitor player was refused: %1</source>
        <translation>Le lecteur de contrôle a été refusé : %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Shortcuts…</source>
        <translation>&amp;Raccourcis…</translation>
    </message>
    <message>
        <source>Ad breaks</source>
        <translation>Coupures publicitaires</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>M&amp;odèles</translation>
    </message>
    <message>
        <source>Create broadcast from the selected preset</source>
        <translation>Créer une diffusion à partir du modèle sélectionné</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Add &amp;Google account…</source>
        <translation>Ajouter un compte &amp;Google…</translation>
    </message>
    <message>
        <source>Google OAuth client (desktop app)</source>
        <translation>Client OAuth Google (application de bureau)</translation>
    </message>
    <message>
        <source>client_secret JSON (*.json)</source>
        <translation>JSON client_secret (*.json)</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Dark control-room theme</source>
        <translation>Thème sombre de ré&amp;gie</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>Mises en &amp;ligne</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>Contrôle à &amp;distance…</translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>mise en ligne : %1</translation>
    </message>
    <message>
        <source>%1 — uploading %2</source>
        <translation>%1 — mise en ligne : %2</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Content ID</translation>
    </message>
    <message>
        <source>%1

Go on without a Content ID claim for this show? Cancel tries the step again.</source>
        <translation>%1

Continuer sans revendication Content ID pour cette émission ? Annuler relance l&apos;étape.</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Go to the announcements</source>
        <translation>Aller aux annonces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>owner name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Content ID owner</source>
        <translation>Propriétaire Content ID</translation>
    </message>
</context>
<context>
    <name>onair::ui::MonitorView</name>
    <message>
        <source>No monitor stream yet</source>
        <translation>Pas encore de flux de contrôle</translation>
    </message>
</context>
<context>
    <name>onair::ui::PolicyChoiceEditor</name>
    <message>
        <source>A saved policy:</source>
        <translation>Une règle enregistrée :</translation>
    </message>
    <message>
        <source>A new policy named:</source>
        <translation>Une nouvelle règle nommée :</translation>
    </message>
    <message>
        <source>Monetize (run ads)</source>
        <translation>Monétiser (diffuser des publicités)</translation>
    </message>
    <message>
        <source>Track (statistics only)</source>
        <translation>Suivre (statistiques uniquement)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiovisuel</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Matches of:</source>
        <translation>Correspondances de type :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>toute durée</translation>
    </message>
    <message>
        <source>Matches of at least:</source>
        <translation>Correspondances d&apos;au moins :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>any share</source>
        <translation>toute proportion</translation>
    </message>
    <message>
        <source>Covering at least:</source>
        <translation>Couvrant au moins :</translation>
    </message>
    <message>
        <source>%1 (as the plan names it)</source>
        <translation>%1 (nom donné dans le plan)</translation>
    </message>
</context>
<context>
    <name>onair::ui::PresetPanel</name>
    <message>
        <source>Presets (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>New from current</source>
        <translation>Nouveau à partir de l&apos;actuel</translation>
    </message>
    <message>
        <source>Edit in forms</source>
        <translation>Modifier dans les formulaires</translation>
    </message>
    <message>
        <source>Save forms to preset</source>
        <translation>Enregistrer les formulaires dans le modèle</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Broadcast %1 created from the preset (number %2).</source>
        <translation>Diffusion %1 créée à partir du modèle (numéro %2).</translation>
    </message>
    <message>
        <source>Could not create the broadcast from %1: %2</source>
        <translation>Impossible de créer la diffusion à partir de %1 : %2</translation>
    </message>
    <message>
        <source>Not loaded (left as they are):
%1</source>
        <translation>Non chargés (laissés tels quels) :
%1</translation>
    </message>
    <message>
        <source>Create or open a broadcast with its stream first.</source>
        <translation>Créez ou ouvrez d&apos;abord une diffusion avec son flux.</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>Preset saved as %1.</source>
        <translation>Modèle enregistré sous %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the broadcast and stream forms: change them, then &quot;Save forms to preset&quot;.</source>
        <translation>&quot;%1&quot; se trouve dans les formulaires de diffusion et de flux : modifiez-les, puis cliquez sur &quot;Enregistrer les formulaires dans le modèle&quot;.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Duplicated as %1.</source>
        <translation>Dupliqué sous %1.</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Renommé en %1.</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Supprimer %1 ? Action irréversible.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation>Importé sous %1.</translation>
    </message>
    <message>
        <source>Export the preset</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Choose a preset first.</source>
        <translation>Choisissez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>Creating the broadcast from %1…</source>
        <translation>Création de la diffusion à partir de %1…</translation>
    </message>
    <message>
        <source>&amp;Create broadcast from preset</source>
        <translation>C&amp;réer une diffusion à partir du modèle</translation>
    </message>
    <message>
        <source>Content ID…</source>
        <translation>Content ID…</translation>
    </message>
    <message>
        <source>Saved the Content ID plan of %1.</source>
        <translation>Plan Content ID de %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>onair::ui::QueuePane</name>
    <message>
        <source>It&apos;s the&amp;re</source>
        <translation>&amp;Bien publiée</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Re&amp;nvoyer…</translation>
    </message>
    <message>
        <source>Send no&amp;w</source>
        <translation>Envoyer to&amp;ut de suite</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Modifi&amp;er</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Cancel post…</source>
        <translation>Annuler la publication…</translation>
    </message>
    <message>
        <source>The selected post&apos;s log</source>
        <translation>Le journal de la publication sélectionnée</translation>
    </message>
    <message>
        <source>You saw the post in the channel: mark it published</source>
        <translation>Vous avez vu la publication dans la chaîne : la marquer comme publiée</translation>
    </message>
    <message>
        <source>You found no post: send it again (asks first)</source>
        <translation>Vous n&apos;avez trouvé aucune publication : la renvoyer (avec confirmation)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>OnAir does not know whether this post went out. Sending it again may post it twice. Did you look in the channel and find no post?</source>
        <translation>OnAir ne sait pas si cette publication est partie. La renvoyer risque de la publier deux fois. Avez-vous regardé dans la chaîne sans y trouver la publication ?</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Annuler la publication</translation>
    </message>
    <message>
        <source>Cancel this post? It will not be sent.</source>
        <translation>Annuler cette publication ? Elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Item %1 cannot be read (%2); it is left as it is.</source>
        <translation>L&apos;entrée %1 est illisible (%2) ; elle reste telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) may or may not have gone out. Look in the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>
            <numerusform>Impossible de savoir si %n publication est partie. Regardez la chaîne, puis choisissez &quot;Bien publiée&quot; ou &quot;Renvoyer&quot;.</numerusform>
            <numerusform>Impossible de savoir si %n publications sont parties. Regardez la chaîne, puis choisissez &quot;Bien publiée&quot; ou &quot;Renvoyer&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were due while OnAir was closed and are held: send now or cancel.</source>
        <translation>
            <numerusform>%n publication devait partir pendant qu&apos;OnAir était fermé et est retenue : envoyez-la tout de suite ou annulez-la.</numerusform>
            <numerusform>%n publications devaient partir pendant qu&apos;OnAir était fermé et sont retenues : envoyez-les tout de suite ou annulez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onair::ui::RemoteSettingsDialog</name>
    <message>
        <source>Remote control</source>
        <translation>Contrôle à distance</translation>
    </message>
    <message>
        <source>D-Bus and onair ctl: on. Bind a desktop shortcut to &quot;onair ctl break 60&quot; to place a break while another program has the focus.</source>
        <translation>D-Bus et onair ctl : activés. Associez un raccourci du bureau à &quot;onair ctl break 60&quot; pour placer une coupure pendant qu&apos;un autre programme a le focus.</translation>
    </message>
    <message>
        <source>Allow go live, end and recover from outside the window (each needs an arm, then a confirmation within 5 s)</source>
        <translation>Autoriser le passage à l&apos;antenne, la fin et la récupération depuis l&apos;extérieur de la fenêtre (chaque action doit être armée, puis confirmée sous 5 s)</translation>
    </message>
    <message>
        <source>HTTP and WebSocket API (stream decks, tally lights)</source>
        <translation>API HTTP et WebSocket (Stream Deck, voyants tally)</translation>
    </message>
    <message>
        <source>Enable the HTTP API</source>
        <translation>Activer l&apos;API HTTP</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Warning: other computers on the network can reach this address. Anyone there with the token can place ad breaks.</source>
        <translation>Attention : d&apos;autres ordinateurs du réseau peuvent joindre cette adresse. Quiconque y dispose du jeton peut placer des coupures publicitaires.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Generate a new token</source>
        <translation>Générer un nouveau jeton</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Copy it now: it is not shown again.</source>
        <translation>Copiez-le maintenant : il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>set (kept in the keychain)</source>
        <translation>défini (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>none: requests are refused</source>
        <translation>aucun : les requêtes sont refusées</translation>
    </message>
    <message>
        <source>Listening on http://%1:%2/v1/</source>
        <translation>À l&apos;écoute sur http://%1:%2/v1/</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Désactivée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IP.</translation>
    </message>
</context>
<context>
    <name>onair::ui::RightsPlanDialog</name>
    <message>
        <source>Content ID plan: %1</source>
        <translation>Plan Content ID : %1</translation>
    </message>
    <message>
        <source>C&amp;laim this show with Content ID before it starts</source>
        <translation>&amp;Revendiquer cette émission avec Content ID avant son début</translation>
    </message>
    <message>
        <source>Unticked, the show is not claimed: no asset, claim or reference is made, and the preset keeps no plan.</source>
        <translation>Case décochée, l&apos;émission n&apos;est pas revendiquée : ni élément, ni revendication, ni référence ne sont créés, et le modèle ne garde aucun plan.</translation>
    </message>
    <message>
        <source>Asset (a web asset for this show)</source>
        <translation>Élément (un élément Web pour cette émission)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>C&amp;ustom id:</source>
        <translation>ID &amp;personnalisé :</translation>
    </message>
    <message>
        <source>Fields: %1 (the preset&apos;s number for the next show).</source>
        <translation>Champs : %1 (le numéro du modèle pour la prochaine émission).</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <source>Only in these countries</source>
        <translation>Uniquement dans ces pays</translation>
    </message>
    <message>
        <source>Everywhere except these countries</source>
        <translation>Partout sauf dans ces pays</translation>
    </message>
    <message>
        <source>&amp;Owned:</source>
        <translation>&amp;Droits détenus :</translation>
    </message>
    <message>
        <source>ISO 3166 codes, e.g. DE, AT, CH</source>
        <translation>Codes ISO 3166, p. ex. DE, AT, CH</translation>
    </message>
    <message>
        <source>Countr&amp;ies:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Match policy (what YouTube does with copies it finds):</source>
        <translation>Règle de correspondance (ce que YouTube fait des copies qu&apos;il trouve) :</translation>
    </message>
    <message>
        <source>The claim of the show uses the match &amp;policy</source>
        <translation>La revendication de l&apos;émission utilise la rè&amp;gle de correspondance</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiovisuel</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Claimed content:</source>
        <translation>Contenu revendiqué :</translation>
    </message>
    <message>
        <source>Ads on the show</source>
        <translation>Publicités pendant l&apos;émission</translation>
    </message>
    <message>
        <source>Pre-roll</source>
        <translation>Pré-roll</translation>
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
        <translation>Coupures :</translation>
    </message>
    <message>
        <source>seconds from the start, e.g. 600, 1200</source>
        <translation>secondes depuis le début, p. ex. 600, 1200</translation>
    </message>
    <message>
        <source>Mid-roll ti&amp;mes:</source>
        <translation>Positions des &amp;mid-rolls :</translation>
    </message>
    <message>
        <source>Sent as third-party ads with these break positions, the only ad format the API takes today; mid-roll is what lets the show&apos;s ad breaks run ads.</source>
        <translation>Envoyé sous forme de publicités tierces avec ces positions de coupure, seul format publicitaire que l&apos;API accepte aujourd&apos;hui ; c&apos;est le mid-roll qui permet de diffuser des publicités pendant les coupures publicitaires de l&apos;émission.</translation>
    </message>
    <message>
        <source>Reference (so that YouTube finds re-uploads)</source>
        <translation>Référence (pour que YouTube repère les copies mises en ligne)</translation>
    </message>
    <message>
        <source>&amp;After the show, from its processed recording</source>
        <translation>Aprè&amp;s l&apos;émission, à partir de son enregistrement traité</translation>
    </message>
    <message>
        <source>The content owner is approved for Live Content ID &amp;delivery</source>
        <translation>Le propriétaire de contenu est approuvé pour la &amp;livraison Live Content ID</translation>
    </message>
    <message>
        <source>&amp;Before the show (live delivery)</source>
        <translation>A&amp;vant l&apos;émission (livraison en direct)</translation>
    </message>
    <message>
        <source>A reference before the show is only for owners YouTube approved for live delivery: others are refused, and OnAir then makes it after the show. Making it turns the broadcast&apos;s recording on for good.</source>
        <translation>Une référence avant l&apos;émission est réservée aux propriétaires que YouTube a approuvés pour la livraison en direct : pour les autres, elle est refusée et OnAir la crée alors après l&apos;émission. La créer active définitivement l&apos;enregistrement de la diffusion.</translation>
    </message>
    <message>
        <source>This preset&apos;s broadcast does not record from the start, and a reference needs the recording: turn &quot;Record from start&quot; on (Edit in forms).</source>
        <translation>La diffusion de ce modèle n&apos;est pas enregistrée depuis le début, or une référence a besoin de l&apos;enregistrement : activez &quot;Enregistrer depuis le début&quot; (Modifier dans les formulaires).</translation>
    </message>
    <message>
        <source>Title &quot;%1&quot;, custom id &quot;%2&quot;</source>
        <translation>Titre &quot;%1&quot;, ID personnalisé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Unknown fields (left as written): %1</source>
        <translation>Champs inconnus (laissés tels quels) : %1</translation>
    </message>
    <message>
        <source>Content ID is not available here: describe a new policy.</source>
        <translation>Content ID n&apos;est pas disponible ici : décrivez une nouvelle règle.</translation>
    </message>
    <message>
        <source>Reading the owner&apos;s saved policies…</source>
        <translation>Lecture des règles enregistrées du propriétaire…</translation>
    </message>
    <message numerus="yes">
        <source>%n saved policies of %1.</source>
        <translation>
            <numerusform>%1 : %n règle enregistrée.</numerusform>
            <numerusform>%1 : %n règles enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved policies could not be read: %1</source>
        <translation>Les règles enregistrées n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Choose a saved match policy, or describe a new one.</source>
        <translation>Choisissez une règle de correspondance enregistrée ou décrivez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Choose the claim&apos;s saved policy, or describe a new one.</source>
        <translation>Choisissez la règle enregistrée de la revendication ou décrivez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Mid-roll times: &quot;%1&quot; is not a whole number of seconds.</source>
        <translation>Positions des mid-rolls : &quot;%1&quot; n&apos;est pas un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::SandboxPostsWindow</name>
    <message>
        <source>What the sandbox received</source>
        <translation>Ce que le bac à sable a reçu</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShortcutSettingsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Back to the default shortcut</source>
        <translation>Revenir au raccourci par défaut</translation>
    </message>
    <message>
        <source>%1 is used by %2: give each action its own shortcut.</source>
        <translation>%1 est utilisé par %2 : attribuez à chaque action son propre raccourci.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>This shortcut is also used by another action.</source>
        <translation>Ce raccourci est aussi utilisé par une autre action.</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowRail</name>
    <message>
        <source>After the show:</source>
        <translation>Après l’émission :</translation>
    </message>
    <message>
        <source>Nothing more to do for this show.</source>
        <translation>Plus rien à faire pour cette émission.</translation>
    </message>
    <message>
        <source>Next: create or open a broadcast</source>
        <translation>Ensuite : créez ou ouvrez une diffusion</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
    <message>
        <source>Next: %1 (not yet)</source>
        <translation>Ensuite : %1 (pas encore)</translation>
    </message>
    <message>
        <source>The show is over. After the show (not available here): %1.</source>
        <translation>L&apos;émission est terminée. Après l&apos;émission (non disponible ici) : %1.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation>Cette chaîne n&apos;est associée à aucun propriétaire de contenu Content ID.</translation>
    </message>
    <message>
        <source>The operator went on without a claim.</source>
        <translation>L&apos;opérateur a continué sans revendication.</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>revendiquée</translation>
    </message>
    <message>
        <source>Claim %1 on asset %2</source>
        <translation>Revendication %1 sur l&apos;élément %2</translation>
    </message>
    <message>
        <source>The broadcast does not record from the start.</source>
        <translation>La diffusion n&apos;est pas enregistrée depuis le début.</translation>
    </message>
    <message>
        <source>waiting for the recording</source>
        <translation>en attente de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Référence %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowTab</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Non répertoriée</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Auto start when the stream becomes active</source>
        <translation>Démarrage automatique quand le flux devient actif</translation>
    </message>
    <message>
        <source>Auto stop when the stream stops</source>
        <translation>Arrêt automatique quand le flux s&apos;arrête</translation>
    </message>
    <message>
        <source>Only before the show starts; auto start only while the stream receives nothing. With a test phase, leave both off.</source>
        <translation>Seulement avant le début de l’émission ; le démarrage automatique seulement tant que le flux ne reçoit rien. Avec une phase de test, laissez les deux désactivés.</translation>
    </message>
    <message>
        <source>Update &amp;title, description and privacy</source>
        <translation>M&amp;ettre à jour le titre, la description et la confidentialité</translation>
    </message>
    <message>
        <source>Appl&amp;y auto start/stop</source>
        <translation>Appli&amp;quer le démarrage/arrêt auto</translation>
    </message>
</context>
<context>
    <name>onair::ui::SignInPrompt</name>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Signed out: %1 The broadcast goes on at YouTube; sign in again to control it.</source>
        <translation>Déconnecté : %1 La diffusion continue sur YouTube ; reconnectez-vous pour la contrôler.</translation>
    </message>
</context>
<context>
    <name>onair::ui::StatusPanel</name>
    <message>
        <source>Monitor</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>%v / %m units</source>
        <translation>%v / %m unités</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>HORS ANTENNE</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>À L&apos;ANTENNE</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>No broadcast</source>
        <translation>Aucune diffusion</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>aucun flux</translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal against the local emulator; nothing reaches YouTube</source>
        <translation>BAC À SABLE — répétition sur l&apos;émulateur local ; rien n&apos;atteint YouTube</translation>
    </message>
    <message>
        <source>YouTube — actions reach the real channel</source>
        <translation>YouTube — les actions s&apos;appliquent à la vraie chaîne</translation>
    </message>
    <message>
        <source>%1 units/hour spent recently</source>
        <translation>%1 unités/heure dépensées récemment</translation>
    </message>
    <message>
        <source>%v / %m uploads</source>
        <translation>%v / %m mises en ligne</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Mises en ligne</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>PAS DE SIGNAL</translation>
    </message>
    <message>
        <source>AD BREAK %1</source>
        <translation>COUPURE PUBLICITAIRE %1</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamForm</name>
    <message>
        <source>Main encoder</source>
        <translation>Encodeur principal</translation>
    </message>
    <message>
        <source>Stream &amp;name</source>
        <translation>&amp;Nom du flux</translation>
    </message>
    <message>
        <source>&amp;Ingestion</source>
        <translation>&amp;Ingestion</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>Ré&amp;solution</translation>
    </message>
    <message>
        <source>&amp;Frame rate</source>
        <translation>Fréq&amp;uence d&apos;images</translation>
    </message>
    <message>
        <source>Reusable for later broadcasts</source>
        <translation>Réutilisable pour des diffusions ultérieures</translation>
    </message>
    <message>
        <source>Give the stream a name.</source>
        <translation>Donnez un nom au flux.</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamPanel</name>
    <message>
        <source>Ingest stream</source>
        <translation>Flux d&apos;ingestion</translation>
    </message>
    <message>
        <source>No stream bound</source>
        <translation>Aucun flux associé</translation>
    </message>
    <message>
        <source>Ingestion URL</source>
        <translation>URL d&apos;ingestion</translation>
    </message>
    <message>
        <source>Backup URL</source>
        <translation>URL de secours</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clé de flux</translation>
    </message>
    <message>
        <source>Reveal key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>ingestion URL</source>
        <translation>URL d&apos;ingestion</translation>
    </message>
    <message>
        <source>backup URL</source>
        <translation>URL de secours</translation>
    </message>
    <message>
        <source>stream key</source>
        <translation>clé de flux</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>%1 — %2, %3 %4, %5</source>
        <translation>%1 — %2, %3 %4, %5</translation>
    </message>
    <message>
        <source>reusable</source>
        <translation>réutilisable</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>usage unique</translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamTab</name>
    <message>
        <source>Replace bound stream</source>
        <translation>Remplacer le flux associé</translation>
    </message>
    <message>
        <source>Unbind and delete the current stream, create this one and bind it (for a misconfigured stream)</source>
        <translation>Dissocier et supprimer le flux actuel, créer celui-ci et l&apos;associer (pour un flux mal configuré)</translation>
    </message>
    <message>
        <source>Or bind an existing reusable stream:</source>
        <translation>Ou associer un flux réutilisable existant :</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Bind selected</source>
        <translation>Associer la sélection</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard</source>
        <translation>Copié dans le presse-papiers : %1</translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation>Créer le flux</translation>
    </message>
    <message>
        <source>Replace the stream</source>
        <translation>Remplacer le flux</translation>
    </message>
    <message>
        <source>Unbind and delete the bound stream, then create and bind a new one? The encoder must switch to the new stream key.</source>
        <translation>Dissocier et supprimer le flux associé, puis en créer et associer un nouveau ? L&apos;encodeur devra passer à la nouvelle clé de flux.</translation>
    </message>
    <message>
        <source>&amp;Create and bind</source>
        <translation>C&amp;réer et associer</translation>
    </message>
</context>
<context>
    <name>onair::ui::TransportBar</name>
    <message>
        <source>Start test</source>
        <translation>Démarrer le test</translation>
    </message>
    <message>
        <source>Go live…</source>
        <translation>Passer à l&apos;antenne…</translation>
    </message>
    <message>
        <source>End broadcast…</source>
        <translation>Terminer la diffusion…</translation>
    </message>
    <message>
        <source>Recover stuck broadcast</source>
        <translation>Récupérer la diffusion bloquée</translation>
    </message>
    <message>
        <source>Recover the broadcast</source>
        <translation>Récupérer la diffusion</translation>
    </message>
    <message>
        <source>Delete the stuck broadcast, create a new one with the same settings, bind it to the same stream and test again?</source>
        <translation>Supprimer la diffusion bloquée, en créer une nouvelle avec les mêmes paramètres, l&apos;associer au même flux et refaire le test ?</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Passer à l&apos;antenne</translation>
    </message>
    <message>
        <source>End the broadcast</source>
        <translation>Terminer la diffusion</translation>
    </message>
    <message>
        <source>End the broadcast now? This cannot be undone: a completed broadcast cannot go live again.</source>
        <translation>Terminer la diffusion maintenant ? Action irréversible : une diffusion terminée ne peut plus repasser à l&apos;antenne.</translation>
    </message>
    <message>
        <source>Stop the test encoder</source>
        <translation>Arrêt de l’encodeur de test</translation>
    </message>
    <message>
        <source>Stop the test encoder? The stream stops, and a show that is testing or live goes off the air.</source>
        <translation>Arrêter l’encodeur de test ? Le flux s’arrête, et une émission en test ou en direct quitte l’antenne.</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>Sign in to start.</source>
        <translation>Connectez-vous pour commencer.</translation>
    </message>
    <message>
        <source>Create a broadcast or open an upcoming one.</source>
        <translation>Créez une diffusion ou ouvrez-en une à venir.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
    <message>
        <source>Start test &amp;encoder</source>
        <translation>D&amp;émarrer l&apos;encodeur de test</translation>
    </message>
    <message>
        <source>Go live now? The broadcast becomes public: anyone can find and watch it.</source>
        <translation>Passer à l&apos;antenne maintenant ? La diffusion devient publique : tout le monde peut la trouver et la regarder.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast is unlisted: anyone with the link can watch it.</source>
        <translation>Passer à l&apos;antenne maintenant ? La diffusion est non répertoriée : toute personne disposant du lien peut la regarder.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast is private: only the viewers you invited can watch it.</source>
        <translation>Passer à l&apos;antenne maintenant ? La diffusion est privée : seuls les spectateurs que vous avez invités peuvent la regarder.</translation>
    </message>
    <message>
        <source>Go live now? The broadcast&apos;s privacy (%1) is not known to OnAir: check who can watch it first.</source>
        <translation>Passer à l&apos;antenne maintenant ? OnAir ne connaît pas la confidentialité de la diffusion (%1) : vérifiez d&apos;abord qui peut la regarder.</translation>
    </message>
    <message>
        <source>Stop test &amp;encoder…</source>
        <translation>Arr&amp;êter l’encodeur de test…</translation>
    </message>
</context>
<context>
    <name>onair::ui::UpcomingTab</name>
    <message>
        <source>Upcoming and active broadcasts, including interrupted ones:</source>
        <translation>Diffusions à venir et en cours, y compris celles interrompues :</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>List broadcasts</source>
        <translation>Lister les diffusions</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>O&amp;uvrir la sélection</translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadForm</name>
    <message>
        <source>Publish at</source>
        <translation>Publier le</translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation>Conçue pour les enfants</translation>
    </message>
    <message>
        <source>Allow embedding</source>
        <translation>Autoriser l&apos;intégration</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Notify subscribers</source>
        <translation>Avertir les abonnés</translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <translation>Mettre en ligne un enregistrement</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tags, séparés par des virgules</translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation>People et blogs</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Divertissement</translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation>Actualités et politique</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation>Science et technologie</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Jeux vidéo</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Non répertoriée</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Standard YouTube license</source>
        <translation>Licence YouTube standard</translation>
    </message>
    <message>
        <source>Creative Commons – Attribution</source>
        <translation>Creative Commons – Attribution</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Choisissez le fichier à mettre en ligne.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>The location needs a latitude (−90…90) and a longitude (−180…180).</source>
        <translation>Les coordonnées exigent une latitude (−90…90) et une longitude (−180…180).</translation>
    </message>
    <message>
        <source>Publishes at %1 your time; private until then.</source>
        <translation>Publication le %1, heure locale ; privée jusque-là.</translation>
    </message>
    <message>
        <source>Recording to upload</source>
        <translation>Enregistrement à mettre en ligne</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadsPanel</name>
    <message>
        <source>Upload a recording…</source>
        <translation>Mettre en ligne un enregistrement…</translation>
    </message>
    <message>
        <source>Upload the recording…</source>
        <translation>Mettre en ligne l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel upload…</source>
        <translation>Annuler la mise en ligne…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>How many files upload at the same time</source>
        <translation>Nombre de fichiers mis en ligne simultanément</translation>
    </message>
    <message>
        <source>The show has ended: upload its recording with the show&apos;s title and description</source>
        <translation>L&apos;émission est terminée : mettez en ligne son enregistrement avec le titre et la description de l&apos;émission</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>En parallèle</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>traitement en cours…</translation>
    </message>
    <message>
        <source>Uploaded: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. YouTube processes it now.</source>
        <translation>Mise en ligne terminée : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. YouTube la traite maintenant.</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>not processed: %1</source>
        <translation>non traitée : %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; is processed and ready.</source>
        <translation>La vidéo &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; est traitée et prête.</translation>
    </message>
    <message>
        <source>⚠ YouTube did not process &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3. Open it in YouTube Studio to see why.</source>
        <translation>⚠ YouTube n&apos;a pas traité la vidéo &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; : %3. Ouvrez-la dans YouTube Studio pour en connaître la raison.</translation>
    </message>
    <message>
        <source>The show has ended: “Upload the recording…” sends its recording with the show&apos;s title and description.</source>
        <translation>L&apos;émission est terminée : « Mettre en ligne l&apos;enregistrement… » envoie son enregistrement avec le titre et la description de l&apos;émission.</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%)</source>
        <translation>%1 Mio sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 Mio/s</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cancel the upload of %1? YouTube forgets what it received; uploading it again starts from the beginning.</source>
        <translation>Annuler la mise en ligne de %1 ? YouTube oublie ce qu&apos;il a reçu ; une nouvelle mise en ligne repartira du début.</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annuler la mise en ligne</translation>
    </message>
</context>
</TS>
