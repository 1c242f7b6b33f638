export default {
  heading: '',
};
