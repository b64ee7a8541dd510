// The brief studio's script: the sign-in form when signed out, the studio when signed in.
import { startStudio } from './studio-brief.js';
import { startSignIn } from './studio-sign-in.js';

if (document.getElementById('sign-in-form')) startSignIn();
else startStudio();
