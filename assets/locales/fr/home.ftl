# Home: the first screen (screens/home.js). Its choices are in app.ftl (app-screen-*).

home-title = Vous êtes ici. Prenez votre temps.
home-lead = Choisissez ce dont vous avez besoin. Échap vous ramène toujours ici.
# Home's lead for someone who said a partner's betrayal or addiction brought them here.
home-lead-partner = Ce qui s’est passé n’est pas de votre fait. Choisissez ce dont vous avez besoin ; Échap vous ramène toujours ici.
# For someone who said they are in recovery.
home-lead-recovery = Une envie est une vague, pas un ordre. Choisissez ce dont vous avez besoin ; Échap vous ramène toujours ici.

## What brings you here: asked once, under the tools, and never again once answered.

home-brings-title = Qu’est-ce qui vous amène ici ? Rien ne vous oblige à répondre.
home-brings-lead = Votre réponse change seulement l’ordre des outils sur cet écran. Elle reste sur cet ordinateur, et vous pouvez la changer dans les Paramètres.
home-brings-partner = La trahison ou l’addiction de mon ou ma partenaire m’a fait du mal
home-brings-recovery = Je suis en rétablissement d’un comportement sexuel compulsif
home-brings-both = Les deux, ou autre chose
home-brings-rather_not_say = Je préfère ne pas le dire
home-brings-skip = Passer cette question
home-brings-kept = C’est noté. Vous pouvez changer cela dans les Paramètres.
