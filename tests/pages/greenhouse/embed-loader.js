/*
 * Greenhouse's embed loader (boards.greenhouse.io/embed/job_board/js?for=<board>), reduced to
 * what a career page sees: Grnhse.Iframe.load(jobId) renders the application form of that job
 * into #grnhse_app as iframe#grnhse_iframe from boards.greenhouse.io/embed/job_app.
 */
(function () {
  const board = new URL(document.currentScript.src).searchParams.get('for');
  window.Grnhse = {
    Settings: { targetDomain: 'https://boards.greenhouse.io', boardURI: `https://boards.greenhouse.io/embed/job_board?for=${board}` },
    Iframe: {
      load(jobId) {
        const src = new URL('https://boards.greenhouse.io/embed/job_app');
        src.searchParams.set('for', board);
        src.searchParams.set('token', String(jobId));
        const iframe = document.createElement('iframe');
        iframe.id = 'grnhse_iframe';
        iframe.title = 'Greenhouse Job Board';
        iframe.width = '100%';
        iframe.setAttribute('frameborder', '0');
        iframe.setAttribute('scrolling', 'no');
        iframe.setAttribute('allow', 'geolocation');
        // The real loader resizes the frame from the form's messages; a tall frame shows it all.
        iframe.style.height = '3600px';
        iframe.src = src.toString();
        document.getElementById('grnhse_app').replaceChildren(iframe);
      },
    },
  };
})();
