# Built-in content's words: breathing patterns (assets/breathing-patterns.json), grounding
# steps (assets/grounding.json) and the plan's sections (assets/plan-sections.json). The JSON
# files hold each item's id, its numbers and its sources; the words are here, by id, so a
# language is one folder. The core words the content when it sends it (core/src/content).

## Breathing patterns: name, what it is, and any advice

content-pattern-even-name = Respiration régulière
content-pattern-even-description = Inspirez sur 5, expirez sur 5, sans retenir le souffle. Un point de départ stable.
content-pattern-longer-out-name = Expiration allongée
content-pattern-longer-out-description = Inspirez sur 4, expirez sur 6. L’expiration plus lente aide le corps à se poser.
content-pattern-resonance-name = Respiration de résonance
content-pattern-resonance-description = Environ cinq respirations et demie par minute, lentes et régulières, sans retenir le souffle.
content-pattern-cyclic-sigh-name = Soupir cyclique
content-pattern-cyclic-sigh-description = Une pleine inspiration par le nez, une courte gorgée d’air en plus, puis une longue expiration lente par la bouche.
content-pattern-box-name = Respiration carrée
content-pattern-box-description = Inspiration 4, pause 4, expiration 4, pause 4. Ici, on retient son souffle.
content-pattern-4-7-8-name = 4-7-8
content-pattern-4-7-8-description = Inspiration 4, pause 7, expiration 8. Ici, on retient son souffle.
content-pattern-4-7-8-advice = Au début, limitez-vous à environ quatre respirations.

## Grounding: the groups steps belong to, then each step's title and words

content-grounding-group-arrive = Arriver
content-grounding-group-5-4-3-2-1 = 5-4-3-2-1
content-grounding-group-here-and-now = Ici et maintenant
content-grounding-group-body = Le corps
content-grounding-group-soothing = Apaiser

content-grounding-start-title = Les yeux ouverts, les pieds au sol
content-grounding-start-text = Gardez les yeux ouverts. Allumez une lumière si vous le pouvez. Laissez vos pieds appuyer sur le sol, et prenez une respiration lente, à votre rythme.
content-grounding-see-title = Cinq choses que vous pouvez voir
content-grounding-see-text = Regardez autour de vous et nommez cinq choses que vous pouvez voir. Les petites choses comptent : un coin, une couleur, une ombre.
content-grounding-touch-title = Quatre choses que vous pouvez toucher
content-grounding-touch-text = Remarquez quatre choses que vous sentez au toucher : la chaise sous vous, votre manche, l’air, le sol.
content-grounding-hear-title = Trois choses que vous pouvez entendre
content-grounding-hear-text = Écoutez trois sons, proches ou lointains.
content-grounding-smell-title = Deux choses que vous pouvez sentir
content-grounding-smell-text = Trouvez deux odeurs, ou deux choses dont vous aimez l’odeur.
content-grounding-taste-title = Une chose que vous pouvez goûter
content-grounding-taste-text = Remarquez un goût, ou buvez une gorgée d’eau.
content-grounding-now-title = C’est maintenant
content-grounding-now-text = Lisez la date du jour et l’heure. Dites-vous où vous êtes.
content-grounding-feet-title = Appuyez sur vos talons
content-grounding-feet-text = Appuyez vos talons contre le sol et sentez le sol vous repousser. Restez avec cette sensation pendant quelques respirations.
content-grounding-hands-title = Frottez-vous les mains
content-grounding-hands-text = Frottez vos paumes l’une contre l’autre jusqu’à ce qu’elles soient chaudes, puis posez-les sur vos jambes.
content-grounding-water-title = De l’eau fraîche
content-grounding-water-text = Si vous le pouvez, faites couler de l’eau fraîche sur vos mains ou vos poignets, et remarquez la sensation.
content-grounding-object-title = Tenez quelque chose
content-grounding-object-text = Prenez un objet près de vous. Remarquez son poids, sa température, ses bords.
content-grounding-place-title = Un lieu sûr
content-grounding-place-text = Imaginez un endroit où vous vous sentez en sécurité. Qu’y voyez-vous, et qu’y entendez-vous ?
content-grounding-people-title = Des personnes qui comptent pour vous
content-grounding-people-text = Pensez à quelqu’un qui compte pour vous, ou pour qui vous comptez. Imaginez son visage.

## The safety plan's sections: title, the question that helps fill it, an example
# The examples are made-up entries in a person's own voice; translate them into what a
# person in that language and country would write (a local phone number format too).

content-plan-warning_signs-title = Les signes qu’un moment difficile arrive
content-plan-warning_signs-prompt = Comment saurez-vous qu’il est temps d’ouvrir ce plan ? Des pensées, des images, des sentiments, des lieux ou des moments qui vous disent qu’une période difficile commence.
content-plan-warning_signs-example = Je me repasse en boucle ce que j’ai découvert, et je n’arrive pas à tenir en place.
content-plan-on_my_own-title = Ce que je peux faire par moi-même
content-plan-on_my_own-prompt = Que pouvez-vous faire par vous-même, sans personne d’autre, pour traverser la vague ?
content-plan-on_my_own-example = Tenir quelque chose de froid, puis faire une fois le tour du pâté de maisons.
content-plan-distractions-title = Des personnes et des lieux qui me changent les idées
content-plan-distractions-prompt = Qui ou quel endroit vous change les idées ? Vous n’avez pas à parler de ce qui se passe.
content-plan-distractions-example = Le café de la médiathèque ; ma voisine Ana, qui a toujours une histoire à raconter.
content-plan-people-title = Des personnes à qui je peux demander de l’aide
content-plan-people-prompt = À qui pouvez-vous dire que c’est difficile en ce moment ? Ajoutez son nom et son numéro.
content-plan-people-example = Ma sœur, 06 39 98 12 34. Elle m’a dit de l’appeler à n’importe quelle heure.
content-plan-professionals-title = Professionnels et lignes d’écoute
content-plan-professionals-prompt = Votre thérapeute, votre médecin, ou une ligne d’écoute, avec leur numéro et leurs horaires.
content-plan-professionals-example = Ma psychologue, le mardi et le jeudi de 9 h à 17 h.
content-plan-safer_space-title = Rendre mon espace plus sûr
content-plan-safer_space-prompt = Que pourriez-vous ranger, mettre sous clé, supprimer ou confier à quelqu’un, pour rendre cet endroit plus sûr pour vous ?
content-plan-safer_space-example = Demander à une amie de garder le double des clés de la voiture cette semaine.
content-plan-matters-title = Ce qui compte le plus pour moi
content-plan-matters-prompt = Qu’est-ce qui compte le plus pour vous, et mérite que vous traversiez cela ?
content-plan-matters-example = Promener mon chien sur la plage le dimanche matin.
content-plan-boundaries-title = Mes limites
content-plan-boundaries-prompt = De quoi avez-vous besoin pour vous sentir en sécurité ? Que ferez-vous, et que ne ferez-vous pas, en ce moment ?
content-plan-boundaries-example = Je ne regarderai pas son téléphone ce soir. Je peux demander qu’on me laisse du temps jusqu’à demain.
