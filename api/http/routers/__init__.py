"""One router per resource; ``api.http.app.ROUTERS`` lists the modules the app includes."""
