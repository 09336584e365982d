# Words for a refusal of input (error code "invalid"), by its reason: invalid-<reason>,
# the reason as the core sends it (core/src/error.rs, enum Reason). The arguments are the
# reason's own: numbers ($max, $min, $n, $max_mib) and codes ($what, $phase), never the
# words the person typed. core/tests/catalogue.rs checks that every reason has words here.
#
# $what, for a text: text, name, phone, hours, note, contact, step, statement, pattern_name.
# $what, for a list: plan_section, own_steps, own_patterns, statements, helped.
# $what, for something gone: plan_item, deleted_item, kept_plan, version, step, pattern.
# $phase, a part of a breath: in, top_up, hold_in, out, hold_out.

invalid-too_long =
    { $what ->
        [text] De tekst
        [name] De naam
        [phone] Het nummer
        [hours] De tijden
        [note] De notitie
        [step] Een stap
        [statement] Een zin
        [pattern_name] Een naam
        [passphrase] Een wachtzin
       *[other] Dit
    } mag tot { $max } tekens lang zijn; { $n ->
        [one] deze is { $n } teken.
       *[other] deze is { $n } tekens.
    } Er is niets gewijzigd.

invalid-control_character =
    { $what ->
        [pattern_name] Een naam kan geen regeleinden of andere onzichtbare tekens bevatten.
        [passphrase] Een wachtzin kan geen regeleinden of andere onzichtbare tekens bevatten, omdat je ze niet zou zien om ze opnieuw te typen.
        [step] De stap bevat een onzichtbaar stuurteken dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.
        [statement] De zin bevat een onzichtbaar stuurteken dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.
        [name] De naam bevat een onzichtbaar stuurteken dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.
        [phone] Het nummer bevat een onzichtbaar stuurteken dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.
        [hours] De tijden bevatten een onzichtbaar stuurteken dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.
        [note] De notitie bevat een onzichtbaar stuurteken dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.
       *[other] De tekst bevat een onzichtbaar stuurteken dat niet bewaard kan worden. Haal het weg en probeer het opnieuw.
    }

invalid-empty =
    { $what ->
        [contact] Schrijf een naam of een nummer.
        [step] Schrijf eerst de stap.
        [statement] Schrijf eerst de zin.
        [pattern_name] Geef het patroon een naam, zodat je het terug kunt vinden.
        [passphrase] Typ eerst je wachtzin.
       *[other] Schrijf eerst iets.
    }

invalid-full =
    { $what ->
        [plan_section] Een onderdeel kan tot { $max } items bevatten. Verwijder er een om ruimte te maken.
        [own_steps] Je kunt tot { $max } eigen stappen bewaren. Verwijder er een om ruimte te maken.
        [own_patterns] Je kunt tot { $max } eigen patronen bewaren. Verwijder er een om ruimte te maken.
        [statements] Je kunt tot { $max } zinnen bewaren.
        [helped] Je notities in Wat hielp bevatten { $max } items, zoveel als Steady bewaart. Er is niets weggelaten; verwijder wat oudere om nieuwe te kunnen bewaren.
       *[other] Deze lijst bevat al { $max } items, zoveel als Steady bewaart. Verwijder er een om ruimte te maken.
    }

invalid-too_many =
    { $what ->
        [plan_section] Een onderdeel van dat plan heeft { $n } items; een onderdeel kan er tot { $max } bevatten. Er is niets gewijzigd.
        [own_steps] Er zijn { $n } eigen stappen; Steady bewaart er tot { $max }. Er is niets gewijzigd.
        [own_patterns] Er zijn { $n } eigen patronen; Steady bewaart er tot { $max }. Er is niets gewijzigd.
        [statements] Je kunt tot { $max } zinnen bewaren; { $n ->
            [one] dit is er { $n }.
           *[other] dit zijn er { $n }.
        } Er is niets gewijzigd.
        [helped] Er zijn { $n } notities in Wat hielp; Steady bewaart er tot { $max }. Er is niets gewijzigd.
       *[other] Dit bevat er { $n }; Steady bewaart er tot { $max }. Er is niets gewijzigd.
    }

invalid-gone =
    { $what ->
        [plan_item] Dat item staat niet meer in je plan; misschien is het verwijderd.
        [deleted_item] Dat item kan niet meer worden teruggezet.
        [kept_plan] Dat bewaarde plan is er niet meer.
        [version] Die eerdere versie wordt niet meer bewaard.
        [step] Die stap is er niet meer; misschien is hij verwijderd.
        [pattern] Dat patroon van jou is er niet meer; misschien is het verwijderd.
       *[other] Dat is er niet meer; misschien is het verwijderd.
    }

invalid-id_clash = Twee items in dat plan hebben hetzelfde nummer, of een nummer valt buiten het bereik. Er is niets gewijzigd.

invalid-no_more_ids = Steady kan in deze lijst geen items meer nummeren.

invalid-unknown_format = Steady kan je plan niet in die indeling opslaan.

invalid-encode_failed = Je plan kon niet worden voorbereid om op te slaan. Er is niets gewijzigd.

invalid-file_too_large = Dat bestand is groter dan { $max_mib } MiB, veel groter dan een plan ooit is. Er is niets gewijzigd.

invalid-newer_plan = Dat plan is opgeslagen door een nieuwere versie van Steady. Er is niets gewijzigd.

invalid-not_a_plan = Dat is geen veiligheidsplan van Steady, of het is beschadigd. Er is niets gewijzigd.

invalid-no_such_pattern = Steady heeft geen ademhalingspatroon met die naam. Misschien is het verwijderd.

invalid-session_length = Een sessie duurt 1, 3, 5 of 10 minuten, of tot je stopt.

invalid-phase_range =
    { $phase ->
        [in] Inademen
        [top_up] Bijademen
        [hold_in] Vasthouden na het inademen
        [out] Uitademen
        [hold_out] Vasthouden na het uitademen
       *[other] Elk deel van een ademhaling
    } kan 0 tot { $max } seconden duren.

invalid-half_seconds =
    Tijden gaan per halve seconde, zoals 4 of 4,5. { $phase ->
        [in] Controleer de tijd voor het inademen.
        [top_up] Controleer de tijd voor het bijademen.
        [hold_in] Controleer de tijd voor het vasthouden na het inademen.
        [out] Controleer de tijd voor het uitademen.
        [hold_out] Controleer de tijd voor het vasthouden na het uitademen.
       *[other] Controleer elke tijd.
    }

invalid-needs_in_and_out = Een patroon heeft een inademing en een uitademing nodig, elk van minstens een halve seconde.

invalid-wave_length = Een golf duurt { $min } tot { $max } minuten.

invalid-volume_range = Het volume gaat van { $min } tot { $max }.

invalid-unknown_country = Steady kent dat land niet. Kies er een uit de lijst.
invalid-unknown_language = Steady spreekt die taal nog niet. Kies er een uit de lijst.

invalid-shortcut_empty = Typ een toetscombinatie, zoals Ctrl+Alt+B.

invalid-shortcut_not_a_modifier = Gebruik vóór de laatste toets alleen Ctrl, Alt, Shift of Super, zoals Ctrl+Alt+B.

invalid-shortcut_needs_modifier = Gebruik Ctrl, Alt of Super, zodat de sneltoets gewoon typen niet overneemt.

invalid-shortcut_last_key = Eindig met één letter, cijfer of functietoets (F1 tot F12), zoals Ctrl+Alt+B.

invalid-no_such_tool = Steady kan daar geen notitie van bewaren.

invalid-rating_range = Hoe je je voelt gaat van { $min } tot { $max }.

invalid-bad_detail = Een notitie in Wat hielp is langer dan Steady bewaart, of bevat een onzichtbaar teken.

invalid-call_or_text = Steady kan alleen een gesprek of een sms starten.

invalid-not_a_phone_number = Dat lijkt geen telefoonnummer, dus het kan van hieruit niet gebeld worden. Je kunt het nog wel kopiëren.

invalid-phone_digits = Een telefoonnummer heeft tussen de { $min } en { $max } cijfers.

invalid-too_short =
    { $what ->
        [passphrase] Een wachtzin heeft minstens { $min } tekens nodig. Een paar gewone woorden met spaties ertussen zijn makkelijk te onthouden en moeilijk te raden.
       *[other] Dit heeft minstens { $min } tekens nodig.
    }
invalid-not_a_code =
    { $what ->
        [recovery_code] Dat is geen herstelcode. Een herstelcode bestaat uit 32 letters en cijfers, in acht groepen van vier.
       *[other] Dat is geen code die Steady geeft.
    }
invalid-unreadable = Een deel van het beveiligingsbestand van Steady kan niet worden gelezen, dus het kan niet worden gebruikt.
invalid-lock_after = Steady kan zichzelf vergrendelen na 5, 10, 15, 30 of 60 minuten, of nooit.
invalid-protected_file = Deze kopie van een plan is beveiligd. Typ de wachtzin waarmee hij is opgeslagen, of de herstelcode, om hem te openen.
