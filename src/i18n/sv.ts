/**
 * Everything the site's own interface says to a learner, in Swedish, in one place, keyed by
 * feature. Lessons and course texts live in content/. Texts that take values are templates
 * with {named} holes, filled by format() in ./format.ts, so that the same strings serve the
 * build and the browser: an element gets its part of this dictionary once, as a
 * `data-strings` JSON attribute (see src/client/strings.client.ts), never by importing it.
 */
import type { PluralForms } from './format';

const lessonForms: PluralForms = { one: 'lektion', other: 'lektioner' };

export const sv = {
  site: {
    skipLink: 'Hoppa till innehållet',
    home: 'Kursstart',
    about: 'Om kursen',
    privacy: 'Integritet och kakor',
    accessibility: 'Tillgänglighetsredogörelse',
    myAnswers: 'Mina svar och framsteg',
    myAnswersShort: 'Mina svar',
    mainNav: 'Huvudmeny',
    breadcrumb: 'Du är här',
    selfStudy: 'Självstudiekurs',
    lessons: 'Lektioner',
  },
  /**
   * Long words in the site's own headings, with "|" where they may break with a hyphen on a
   * narrow screen (see softHyphens() in ./swedish.ts; browsers do not hyphenate Swedish reliably).
   */
  hyphenation: ['Tillgänglighets|redo|görelse'],
  /** What a part of a page says when its code cannot load (src/client/code-recovery.client.ts). */
  codeProblem: {
    unreachable:
      'Den här delen av sidan kunde inte laddas, kanske för att anslutningen bröts. Den laddas av sig själv så fort anslutningen fungerar igen.',
    replaced:
      'Kursen har fått en ny version sedan du öppnade sidan, så den här delen kan inte laddas. Ladda om sidan för att fortsätta. Det du har skrivit finns kvar.',
    retry: 'Försök igen',
    reload: 'Ladda om sidan',
  },
  notFound: {
    eyebrow: 'Fel 404',
    title: 'Sidan finns inte',
    description: 'Sidan du letade efter finns inte på den här webbplatsen.',
    text: 'Sidan du letade efter finns inte. Den kan ha flyttats, eller så är adressen felstavad.',
    home: 'Gå till kursstarten för {course}',
  },
  about: {
    description: 'Om kursen {course}: ursprung och upphovspersoner.',
    creditsHeading: 'Upphovspersoner',
  },
  lesson: {
    draft: 'Utkast.',
    draftHint: 'Lektionen syns bara när du förhandsgranskar (npm run dev). Ta bort draft: true när den ska publiceras.',
    /** "Lektion sex". */
    name: 'Lektion {number}',
    /** "Lektion sex: DigidelCenter och samhällets digitalisering". */
    label: 'Lektion {number}: {title}',
    toc: 'Innehåll i lektionen',
    pagerNav: 'Lektioner',
    previous: 'Föregående lektion',
    next: 'Nästa lektion',
    nextStep: 'Nästa lektion: {title}',
    backToStart: 'Tillbaka till kursstarten',
    published: 'Publicerad',
    revised: 'Reviderad',
  },
  time: {
    label: 'Tid',
    minutes: { one: 'minut', other: 'minuter' },
    about: 'cirka {minutes}',
    reading: 'läsning cirka {minutes}',
    films: { one: 'en film cirka {minutes}', other: '{count} filmer cirka {minutes}' },
    assignments: { one: 'ett uppdrag cirka {minutes}', other: '{count} uppdrag cirka {minutes}' },
    estimated: '(tiden för {what} är uppskattad)',
    estimatedFilms: { one: 'filmen', other: 'filmerna' },
    estimatedAssignments: { one: 'uppdraget', other: 'uppdragen' },
  },
  assignment: {
    label: 'Uppdrag',
  },
  goals: {
    badge: 'Mål {number}',
    inLesson: 'I lektionen',
    credit: 'De globala målens nummer, namn och färger kommer från FN; grafiken är gjord för den här kursen.',
    /**
     * The 17 goals' short Swedish names (Regeringskansliet, Globala målen), in order. A "|" marks
     * where a long word may break with a hyphen (see src/features/goals/global-goals.ts).
     */
    names: [
      'Ingen fattig|dom',
      'Ingen hunger',
      'God hälsa och väl|befinnande',
      'God ut|bildning',
      'Jäm|ställdhet',
      'Rent vatten och sanitet',
      'Håll|bar energi för alla',
      'An|ständiga arbets|villkor och ekonomisk till|växt',
      'Håll|bar industri, inno|vationer och infra|struktur',
      'Minskad o|jäm|likhet',
      'Håll|bara städer och sam|hällen',
      'Håll|bar kon|sumtion och pro|duktion',
      'Bekämpa klimat|föränd|ringarna',
      'Hav och marina resurser',
      'Eko|system och bio|logisk mång|fald',
      'Fredliga och in|kluderande sam|hällen',
      'Genom|förande och globalt partner|skap',
    ],
  },
  externalLink: {
    pdf: 'pdf',
    languages: { en: 'på engelska' } as Record<string, string>,
    otherLanguage: 'språk: {lang}',
  },
  film: {
    consent:
      'Filmen visas från YouTube. När du startar den kan YouTube och Google samla in uppgifter om dig och sätta kakor i din webbläsare.',
    readMore: 'Läs mer',
    readMoreHidden: ' om filmer och kakor',
    start: 'Starta video',
    remember: 'Kom ihåg mitt val',
    rememberHint:
      'Då startar filmer direkt när du klickar på dem, på alla sidor. Valet sparas bara i den här webbläsaren.',
    noScript: 'Filmen kan bara spelas här när JavaScript är påslaget. Du kan se den på YouTube i stället.',
    watchOnYouTube: 'Se filmen på YouTube',
    blockedHint:
      'Visas ingen film? Vissa nätverk, till exempel på en del arbetsplatser, stänger av YouTube. Pröva länken nedan, eller läs textversionen om filmen har en.',
    play: 'Spela filmen',
    remembered: 'Du har valt att filmer från YouTube startar direkt.',
    forget: 'Ändra mitt val',
    notSaved: 'Ditt val kunde inte sparas i den här webbläsaren, så du får frågan igen nästa gång.',
    loadFailed: 'Filmen kunde inte laddas just nu. Försök igen, eller se den på YouTube.',
    needsConnection: 'Filmen behöver internet, och du är inte ansluten just nu. Försök igen när du är ansluten.',
    unavailable: 'Filmen är inte tillgänglig här ännu.',
    transcript: 'Textversion av filmen',
    /** "Längd: 4 min 30 s". */
    length: 'Längd: {length}',
    lengthMinutes: '{minutes} min',
    lengthSeconds: '{seconds} s',
    forgetFailed:
      'Valet kunde inte tas bort, eftersom webbläsaren inte tillåter det. Rensa webbplatsdata i webbläsarens inställningar.',
    settings: {
      on: 'Du har valt att filmer från YouTube startar direkt när du klickar på dem. Valet är sparat i den här webbläsaren.',
      off: 'Inget val är sparat. Varje film frågar innan den hämtas från YouTube.',
      forget: 'Glöm mitt val för filmer',
      forgotten: 'Ditt val är borttaget. Filmerna frågar igen innan de hämtas från YouTube.',
      noScript: 'Med JavaScript avstängt sparas inget val och inga filmer hämtas från YouTube.',
    },
  },
  search: {
    open: 'Sök',
    /** For editors in `npm run dev`, where no search index is built. */
    noIndex: 'Sökningen fungerar först när webbplatsen är byggd (npm run build och npm run preview).',
    unavailable:
      'Sökningen kunde inte laddas just nu. Den försöker igen när du är ansluten till internet, eller när du väljer ”Försök igen”.',
    retry: 'Försök igen',
    pageTitle: 'Sök i kursen',
    pageDescription: 'Sök i kursens lektioner.',
    noScript: 'Sökningen behöver JavaScript. Slå på JavaScript i webbläsaren för att söka i kursen.',
    dialogLabel: 'Sök i kursen',
    resultsLabel: 'Träffar',
    label: 'Sökord',
    close: 'Stäng',
    searching: 'Söker …',
    noResults: 'Inga träffar för ”{term}”.',
    results: { one: '”{term}” finns i 1 lektion.', other: '”{term}” finns i {count} lektioner.' },
    /** Announced to screen readers once typing pauses: the number, never the term read back. */
    found: { one: '1 lektion hittades.', other: '{count} lektioner hittades.' },
    foundNone: 'Inga lektioner hittades.',
    more: 'Visa fler träffar',
    failed: 'Sökningen gick inte att göra just nu. Försök igen om en stund.',
    hintMove: 'flytta mellan träffarna',
    hintOpen: 'öppna',
    hintClose: 'stäng',
    highlighted: 'Dina sökord är markerade på sidan.',
    clearHighlight: 'Ta bort markeringarna',
  },
  progress: {
    markDone: 'Markera lektionen som klar',
    undoDone: 'Ångra att lektionen är klar',
    notDone: 'När du har läst lektionen och gjort uppdraget kan du markera den som klar.',
    done: 'Du markerade lektionen som klar {day}.',
    doneNote: 'Klar – markerad {day}',
    doneNoScript: 'Med JavaScript påslaget kan du markera lektionen som klar. Det sparas bara på den här enheten.',
    saved: 'Sparat på den här enheten kl. {time}.',
    savedEarlier: 'Sparat på den här enheten.',
    savedAnnounce: 'Ditt svar på ”{label}” är sparat på den här enheten.',
    savingUnavailable:
      'Webbläsaren tillåter inte att något sparas, så dina framsteg och svar sparas inte. Spara en kopia av dina svar innan du lämnar sidan.',
    savingFull: 'Webbläsarens lagring är full, så det senaste du gjorde sparades inte.',
    savingNewer:
      'Det som är sparat kommer från en nyare version av kursen och ändras inte härifrån, så det du skriver här sparas inte. Ladda ner det innan du lämnar sidan.',
    unreadable:
      'Det som var sparat på den här enheten gick inte att läsa. Det ligger kvar i webbläsaren men används inte; nytt sparas från början.',
    answersLegend: 'Dina svar',
    answersIntro: 'Det du skriver sparas medan du skriver, bara på den här enheten.',
    answersNoScript:
      'Utan JavaScript sparas inte det du skriver här. Med JavaScript påslaget sparas dina svar på den här enheten.',
    download: 'Ladda ner det du har skrivit',
    downloadName: 'mina-svar.txt',
    otherTab:
      'Det finns en annan sparad version av det här svaret, från en annan flik eller från innan sidan var klar att spara. Den andra versionen:',
    useOther: 'Använd den andra versionen',
    keepMine: 'Behåll mitt svar',
  },
  course: {
    /** "1 av 1 lektion klar", "1 av 6 lektioner klar", "2 av 6 lektioner klara". */
    count: '{done} av {total} {lessons} {doneWord}',
    lessons: lessonForms,
    doneWord: { one: 'klar', other: 'klara' },
    beginLesson: 'Börja lektionen',
    beginCourse: 'Börja kursen',
    resume: 'Fortsätt där du slutade: {title}',
    resumeLabel: 'Fortsätt där du slutade',
    allDone: 'Du har gått igenom alla lektioner. Bra jobbat!',
    seeAnswers: 'Se mina svar och framsteg',
    lessonDone: 'Klar',
    createCertificate: 'Skapa kursbevis',
  },
  certificate: {
    title: 'Kursbevis',
    description: 'Ett kursbevis för {course}, som du skapar själv när alla lektioner är klara.',
    intro:
      'När du har markerat alla lektioner som klara kan du skapa ett kursbevis här och skriva ut det eller spara det som PDF. Det skapas i din webbläsare; inget skickas någonstans.',
    notYet: 'Du har {count}. När alla är klara kan du skapa ditt kursbevis.',
    left: 'Kvar att göra:',
    nameLabel: 'Ditt namn, som det ska stå på kursbeviset',
    remember: 'Kom ihåg namnet på den här enheten',
    rememberHint: 'Annars finns namnet bara på den här sidan tills du lämnar den.',
    notRemembered: 'Webbläsaren tillåter inte att namnet sparas. Det står kvar tills du lämnar sidan.',
    print: 'Skriv ut eller spara som PDF',
    printHint: 'Välj ”Spara som PDF” i utskriftsrutan för att få en fil.',
    heading: 'Kursbevis',
    completed: 'har gått igenom kursen',
    noName: '(ditt namn)',
    lessonsHeading: 'Lektioner',
    lessonColumn: 'Lektion',
    doneColumn: 'Markerad som klar',
    time: 'Beräknad tid för kursen',
    authors: 'Kursen är skriven av',
    publisher: 'Utgivare',
    issued: 'Kursbeviset skapades',
    selfDeclared:
      'Kursbeviset bygger på det du själv har markerat som klart i kursen på den här enheten. Det är en egen försäkran, inte ett intyg som någon har kontrollerat.',
    noScript: 'Kursbeviset skapas med JavaScript, av det du har markerat som klart på den här enheten.',
  },
  data: {
    pageDescription: 'Dina svar och framsteg i {course}, sparade på den här enheten.',
    certificateLater: '{count}. När alla är klara kan du skapa ett kursbevis.',
    pageIntro:
      'Här ser du vad du har sparat i kursen {course}: vilka lektioner du har markerat som klara och dina svar på uppdragen. Det finns bara i webbläsaren på den här enheten och ingen annanstans.',
    download: 'Ladda ner mina svar och framsteg',
    load: 'Läs in från en fil',
    print: 'Skriv ut mina svar',
    clear: 'Rensa allt',
    clearHint:
      'Tar bort alla dina framsteg och svar, och kursen om du har sparat den för läsning utan internet, från den här enheten. Ladda ner dina svar först om du vill spara dem.',
    confirmClear:
      'Vill du ta bort alla dina framsteg och svar, och den sparade kursen, från den här enheten? Det går inte att ångra.',
    confirmReplace: 'Filen ersätter det som är sparat på den här enheten. Vill du fortsätta?',
    cleared: 'Allt är borttaget från den här enheten.',
    clearFailed: 'Det gick inte att ta bort. Rensa webbplatsdata i webbläsarens inställningar.',
    loaded: 'Dina framsteg och svar från {day} är inlästa.',
    nothingSaved: 'Inget är sparat på den här enheten ännu.',
    dataNoScript: 'Med JavaScript avstängt sparas ingenting, och det finns inget att ladda ner eller rensa.',
    importErrors: {
      'too-large': 'Filen är för stor för att vara en fil med kursframsteg. Inget har ändrats.',
      'not-json':
        'Filen går inte att läsa. Välj filen du laddade ner från kursen (den slutar på .json). Inget har ändrats.',
      'wrong-kind': 'Filen kommer inte från den här kursen. Inget har ändrats.',
      newer: 'Filen kommer från en nyare version av kursen. Inget har ändrats.',
      damaged: 'Filen är skadad och kan inte läsas in. Inget har ändrats.',
    },
    readFailed: 'Filen gick inte att öppna. Inget har ändrats.',
    noAnswers: 'Du har inte skrivit några svar ännu.',
    overviewNoScript: 'Med JavaScript påslaget visas här det du har sparat på den här enheten.',
    answerEmpty: '(inget svar)',
    sourceLabel: 'Källa',
    lessonsDoneHeading: 'Klara lektioner',
    noLessonsDone: 'Du har inte markerat någon lektion som klar ännu.',
  },
  offline: {
    heading: 'Läs kursen utan internet',
    intro:
      'Du kan spara hela kursen i den här webbläsaren och läsa den, söka i den och skriva dina svar utan internet, till exempel på tåget. Filmerna behöver fortfarande internet.',
    save: 'Spara kursen för läsning utan internet',
    size: 'Kursen tar cirka {size} ({files} filer). Den sparas bara i den här webbläsaren, och ingenting sparas förrän du klickar.',
    saving: 'Sparar kursen …',
    savingAnnounce: 'Kursen sparas nu för läsning utan internet.',
    savedAnnounce: 'Klart. Kursen är sparad och går att läsa utan internet.',
    progressLabel: 'Hur mycket av kursen som är sparat',
    progress: '{files} av {totalFiles} filer, {bytes} av {totalBytes}',
    saved: 'Kursen är sparad för läsning utan internet sedan {day}.',
    savedNoDate: 'Kursen är sparad för läsning utan internet.',
    savedSize: 'Den tar cirka {size} i den här webbläsaren. Nya versioner hämtas när du är ansluten.',
    remove: 'Ta bort den sparade kursen',
    removed: 'Den sparade kursen är borttagen från den här webbläsaren.',
    removeFailed: 'Den sparade kursen kunde inte tas bort. Rensa webbplatsdata i webbläsarens inställningar.',
    saveFailed:
      'Kursen kunde inte sparas. Kontrollera att du är ansluten till internet och att det finns plats på enheten, och försök igen.',
    unsupported: 'Den här webbläsaren kan inte spara kursen för läsning utan internet.',
    blocked:
      'Webbläsaren tillåter inte att den här webbplatsen sparar data, så kursen kan inte sparas för läsning utan internet. Det går att ändra i webbläsarens inställningar för webbplatsdata.',
    noScript: 'För att spara kursen för läsning utan internet behöver JavaScript vara påslaget.',
    notBuilt:
      'Kursen kan sparas för läsning utan internet först när webbplatsen är byggd (npm run build och npm run preview).',
    update: 'En ny version av kursen finns.',
    updateHint: 'Den är redan hämtad. Dina svar och framsteg påverkas inte.',
    showUpdate: 'Visa den nya versionen',
    updateFailed: 'Din sparade kopia av kursen kunde inte uppdateras.',
    updateFailedHint:
      'Utan internet ser du kursen som den var när kopian senast uppdaterades. När du är ansluten visas alltid den senaste versionen.',
    retryUpdate: 'Försök igen',
    manageCopy: 'Ta bort eller spara om kopian',
  },
  privacy: {
    description:
      'Vad webbplatsen sparar i din webbläsare, vad som händer när du startar en film från YouTube och hur du ändrar ditt val.',
    techDetails: 'Tekniska detaljer',
    storageIntro: 'Allt sparas i webbläsarens lokala lagring (localStorage) för den här webbplatsen, under nycklarna:',
    keys: {
      film: 'ditt val för filmer.',
      progress: 'dina framsteg och svar.',
      unreadable: 'sparade uppgifter som inte gick att läsa.',
      drafts: 'det du skrev i ett svarsfält innan sidan var klar att spara det. Det tas bort så fort svaret är sparat.',
      offline: 'när du sparade kursen för läsning utan internet.',
      certificateName: 'namnet på ditt kursbevis, bara om du har valt att det ska kommas ihåg.',
      lmsLearner:
        'ett kort kännetecken (inte ditt namn) för vem i lärplattformen som senast använde kursen i den här webbläsaren.',
      lmsSetAside:
        'framsteg och svar för någon annan som har använt kursen i lärplattformen i den här webbläsaren, undanlagda så att du inte ser dem.',
    },
    offlineStorage:
      'Kursen för läsning utan internet sparas i webbläsarens cachelagring (Cache Storage), under namn som börjar med {cache}. En så kallad service worker ({worker}) visar den sparade kursen när du inte är ansluten.',
  },
  lms: {
    /** The launch page, shown while the course looks for the LMS. */
    starting: 'Kursen startar …',
    noScript: 'Kursen behöver JavaScript för att kunna visa lärplattformen att du har gått den.',
    openCourse: 'Öppna kursen',
    /** Notices above the course, inside the LMS. */
    notConnected:
      'Kursen får ingen kontakt med lärplattformen. Det du gör sparas bara i den här webbläsaren, och lärplattformen kan inte se att du har gått kursen. Stäng kursen och öppna den igen från lärplattformen.',
    answersTooLong:
      'Dina svar är för långa för lärplattformen, som sparar högst {limit} tecken. De finns kvar i den här webbläsaren men följer inte med till en annan dator. Det du har markerat som klart sparas i lärplattformen.',
    answersLeftOutBefore:
      'Förra gången fick dina svar inte plats i lärplattformen. De finns bara i webbläsaren på den dator där du skrev dem.',
    saveAnswers: 'Ladda ner dina svar',
    dismiss: 'Stäng meddelandet',
    /** The package's part of /integritet/. */
    privacyHeading: 'Det här skickas till lärplattformen',
    privacyIntro:
      'Du har öppnat kursen i din organisations lärplattform. Kursen sparar det du gör i din webbläsare, som på den öppna kurswebbplatsen, och skickar det också till lärplattformen, så att den kan visa att du har gått kursen och så att du får tillbaka dina svar på en annan dator:',
    privacySent: [
      'om du har gått klart kursen, det vill säga markerat alla lektioner som klara',
      'hur stor del av lektionerna du har markerat som klara',
      'vilken sida du var på senast, så att kursen öppnas där nästa gång',
      'vilka lektioner du har markerat som klara och när, och det du har skrivit i uppdragen',
      'hur länge kursen var öppen varje gång',
    ],
    privacyPolicy:
      'Det som skickas sparas av lärplattformen, och där gäller din organisations egen integritetspolicy. Fråga den som gav dig kursen om du vill veta vem som kan se det och hur länge det sparas.',
    privacyClear:
      'Om du klickar på ”Rensa allt” längre ner tas dina framsteg och svar bort både här och i lärplattformen. Att du har öppnat kursen och hur länge syns fortfarande där.',
    privacyShared:
      'Om flera personer använder kursen i samma webbläsare, till exempel på en gemensam dator, lägger kursen undan den förra personens framsteg och svar, så att nästa person bara ser sina egna.',
  },
  accessibility: {
    description:
      'Hur tillgänglig kurswebbplatsen är, vad som inte är tillgängligt, hur du rapporterar brister och hur webbplatsen har testats.',
    email: 'E-post:',
    phone: 'Telefon:',
    reviewed: 'Webbplatsens tillgänglighet bedömdes senast {date}.',
    missingPublisher: 'Organisationen som publicerar kursen',
    missingContact:
      'Den som publicerar kursen har ännu inte angett någon kontaktuppgift för tillgänglighetsfrågor. Fråga det bibliotek eller den organisation som gav dig länken till kursen.',
    missingReviewed: 'Den som publicerar kursen har ännu inte angett när tillgängligheten senast bedömdes.',
  },
} as const;

export type Dictionary = typeof sv;
