# After a slip: the close-call note (screens/close-call.js). No shame, no counter, no
# streak, nothing resets; never "you should".

close-title = Après un faux pas
close-lead = Un faux pas est quelque chose dont on peut apprendre, pas un verdict sur vous. Rien ici n’est compté, et rien ne repart à zéro. Écrivez autant ou aussi peu que vous voulez ; seule la première case est nécessaire.
close-happened-label = Ce qui s’est passé
close-happened-hint = Avec vos propres mots, aussi simplement que possible.
close-halt-legend = L’un de ces états était-il là ? (HALT)
close-helped-label = Ce qui a aidé, ou aurait pu aider
close-helped-hint = Quelque chose que vous avez fait, ou que vous pourriez essayer la prochaine fois.
close-next-label = Ce que je vais faire ensuite
close-next-hint = Un petit pas suffit.
close-tell-label = À qui je peux en parler
close-tell-hint = Une personne de votre plan, votre parrain ou marraine, votre groupe, votre thérapeute.
close-save = Garder cette note
close-kept = Gardée, en privé, dans « Notes après un faux pas », sous Vos propres mots.
close-open-lists = Ouvrir Vos propres mots
close-reach = Joindre quelqu’un maintenant
