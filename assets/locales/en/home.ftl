# Home: the first screen (screens/home.js). Its choices are in app.ftl (app-screen-*).

home-title = You are here. Take your time.
home-lead = Choose what you need. Escape always brings you back here.
